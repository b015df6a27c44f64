package news.masthead.publishing;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

import news.masthead.media.MediaLibrary;

/**
 * Turns an article's Markdown into the HTML readers get. Rendering happens once, when the article
 * is stored (static pages use it too), and the result is sanitized whoever wrote it: a stolen staff account must not be a
 * way to put script on the site.
 *
 * <p>Beyond plain Markdown, the newsroom's editor writes three conventions: an image alone in its
 * paragraph is a figure whose title is "caption | credit"; a quote inside a quote ({@code >> })
 * is a pull quote; a link alone in its paragraph to a service on the embed list is an embed card,
 * which for a video or chart carries the address of the service's player for the embed script.
 */
@Component
public class ArticleBodyRenderer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "code", "pre",
                    "hr", "br", "figure", "figcaption", "img", "a", "cite", "aside")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .allowElements("span")
            .allowAttributes("src", "alt", "width", "height", "loading", "decoding", "srcset", "sizes")
            .onElements("img")
            .allowAttributes("class").matching(false, "pull-quote").onElements("aside", "blockquote")
            .allowAttributes("class").matching(false, "credit").onElements("span")
            .allowAttributes("class").matching(false, "embed").onElements("figure")
            .allowAttributes("data-player").matching(Pattern.compile(Embeds.PLAYER_ORIGINS.stream().map(Pattern::quote)
                    .collect(Collectors.joining("|", "(?:", ")/[A-Za-z0-9/_?=.-]*")))).onElements("figure")
            .requireRelsOnLinks("noopener")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();
    private final MediaLibrary media;

    public ArticleBodyRenderer(MediaLibrary media) {
        this.media = media;
    }

    public String render(String markdown) {
        var html = renderer.render(parser.parse(markdown));
        return POLICY.sanitize(figures(html));
    }

    /**
     * A paragraph holding nothing but an image becomes a figure, its title the caption and credit;
     * quotes in quotes become pull quotes; lone links to embeddable services become embed cards.
     */
    private String figures(String html) {
        var document = Jsoup.parseBodyFragment(html);
        for (var inner : document.select("blockquote > blockquote:only-child")) {
            var outer = inner.parent();
            if (outer == null || !outer.ownText().isBlank()) {
                continue;
            }
            var aside = document.createElement("aside").addClass("pull-quote");
            aside.appendChildren(inner.childNodesCopy());
            outer.replaceWith(aside);
        }
        for (var link : document.select("p > a:only-child")) {
            var paragraph = link.parent();
            var service = Embeds.service(link.attr("href"));
            if (paragraph == null || !paragraph.ownText().isBlank() || service.isEmpty()) {
                continue;
            }
            var figure = document.createElement("figure").addClass("embed");
            // Only an address: the player itself is framed by the site's script when the reader asks.
            Embeds.player(link.attr("href")).ifPresent(player -> figure.attr("data-player", player));
            figure.appendElement("a").attr("href", link.attr("href")).text(
                    link.text().equals(link.attr("href")) ? "View on " + service.get() : link.text());
            figure.appendElement("figcaption").text(service.get());
            paragraph.replaceWith(figure);
        }
        for (var image : document.select("p > img:only-child")) {
            var paragraph = image.parent();
            if (paragraph == null || !paragraph.ownText().isBlank()) {
                continue;
            }
            var figure = document.createElement("figure");
            var title = image.attr("title");
            int bar = title.lastIndexOf('|');
            var caption = (bar < 0 ? title : title.substring(0, bar)).strip();
            var credit = bar < 0 ? "" : title.substring(bar + 1).strip();
            image.removeAttr("title").attr("loading", "lazy").attr("decoding", "async");
            media.srcset(image.attr("src")).ifPresent(srcset -> image.attr("srcset", srcset)
                    .attr("sizes", "(min-width: 45rem) 42rem, 100vw"));
            figure.appendChild(image.clone());
            if (!caption.isEmpty() || !credit.isEmpty()) {
                var figcaption = figure.appendElement("figcaption").text(caption);
                if (!credit.isEmpty()) {
                    figcaption.appendText(caption.isEmpty() ? "" : " ");
                    figcaption.appendElement("span").addClass("credit").text(credit);
                }
            }
            paragraph.replaceWith(figure);
        }
        document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.html);
        return document.body().html();
    }
}
