package news.masthead.publishing;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an article's Markdown into the HTML readers get. Rendering happens once, when the article
 * is stored (static pages use it too), and the result is sanitized whoever wrote it: a stolen staff account must not be a
 * way to put script on the site.
 */
@Component
public class ArticleBodyRenderer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li", "em", "strong", "code", "pre",
                    "hr", "br", "figure", "figcaption", "img", "a", "cite", "aside")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src", "alt", "width", "height", "loading", "decoding").onElements("img")
            .allowAttributes("class").matching(false, "pull-quote").onElements("aside", "blockquote")
            .requireRelsOnLinks("noopener")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();

    public String render(String markdown) {
        var html = renderer.render(parser.parse(markdown));
        return POLICY.sanitize(figures(html));
    }

    /** A paragraph holding nothing but an image becomes a figure, its title the caption. */
    private static String figures(String html) {
        var document = Jsoup.parseBodyFragment(html);
        for (var image : document.select("p > img:only-child")) {
            var paragraph = image.parent();
            if (paragraph == null || !paragraph.ownText().isBlank()) {
                continue;
            }
            var figure = document.createElement("figure");
            var caption = image.attr("title");
            image.removeAttr("title").attr("loading", "lazy").attr("decoding", "async");
            figure.appendChild(image.clone());
            if (!caption.isBlank()) {
                figure.appendElement("figcaption").text(caption);
            }
            paragraph.replaceWith(figure);
        }
        document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.html);
        return document.body().html();
    }
}
