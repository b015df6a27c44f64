package news.masthead.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import news.masthead.mail.OutgoingMail;
import news.masthead.newsletter.SubscriberTokens.Use;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;

/**
 * Writes the newsletter's mail: confirmations, reminders and the newsletters themselves. Every
 * newsletter carries the recipient's own unsubscribe link, in the body and in the
 * {@code List-Unsubscribe} headers that let mail programs offer one-click unsubscribe (RFC 8058).
 */
@Component
class NewsletterMails {

    static final String PURPOSE_NOTICE = "subscription";
    static final String PURPOSE_NEWSLETTER = "newsletter";

    private final SubscriberTokens tokens;
    private final SiteUrls urls;
    private final SiteManagement site;

    NewsletterMails(SubscriberTokens tokens, SiteUrls urls, SiteManagement site) {
        this.tokens = tokens;
        this.urls = urls;
        this.site = site;
    }

    OutgoingMail confirmation(Subscriber subscriber) {
        var title = site.settings().title();
        var link = urls.absolute("/newsletter/confirm?token=" + tokens.issue(Use.CONFIRM, subscriber));
        var text = """
                Someone, hopefully you, asked to receive the %s newsletter at this address.

                To confirm, open this link:
                %s

                If it was not you, ignore this message: without confirmation you will not hear from us again.
                """.formatted(title, link);
        var html = "<p>Someone, hopefully you, asked to receive the " + escape(title)
                + " newsletter at this address.</p><p><a href=\"" + escape(link)
                + "\">Confirm your subscription</a></p><p>If it was not you, ignore this message: without"
                + " confirmation you will not hear from us again.</p>";
        return OutgoingMail.of(subscriber.email(), "Please confirm your subscription to " + title, text,
                PURPOSE_NOTICE).withHtml(html);
    }

    /** For someone who signs up again while subscribed: the same kind of mail, with their settings link. */
    OutgoingMail alreadySubscribed(Subscriber subscriber) {
        var title = site.settings().title();
        var link = preferencesLink(subscriber);
        var text = """
                Someone, hopefully you, asked to receive the %s newsletter at this address. You already do.

                To choose sections and how often you hear from us, or to unsubscribe, open this link:
                %s
                """.formatted(title, link);
        var html = "<p>Someone, hopefully you, asked to receive the " + escape(title)
                + " newsletter at this address. You already do.</p><p><a href=\"" + escape(link)
                + "\">Choose sections and how often you hear from us</a>, or unsubscribe.</p>";
        return OutgoingMail.of(subscriber.email(), "Your subscription to " + title, text, PURPOSE_NOTICE)
                .withHtml(html);
    }

    /** Prepares a send's articles once, so that each recipient's copy is only string joining. */
    static Letter letter(long sendId, SendKind kind, String subject, List<SendItem> items) {
        var texts = new ArrayList<String>();
        for (var item : items) {
            texts.add(item.bodyHtml() == null ? "" : plainText(item.bodyHtml()));
        }
        return new Letter(sendId, kind, subject, items, texts);
    }

    /** The recipient's copy, or nothing when none of its articles is in a section they chose. */
    Optional<OutgoingMail> newsletter(Letter letter, Subscriber subscriber) {
        var unsubscribe = urls.absolute("/newsletter/unsubscribe?token=" + tokens.issue(Use.UNSUBSCRIBE, subscriber));
        var preferences = preferencesLink(subscriber);
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        boolean any = false;
        for (int i = 0; i < letter.items().size(); i++) {
            var item = letter.items().get(i);
            if (!subscriber.wants(item.sectionId())) {
                continue;
            }
            any = true;
            var link = urls.absolute(item.path());
            text.append(item.headline()).append("\n").append(item.standfirst()).append("\n\n");
            html.append("<h2><a href=\"").append(escape(link)).append("\">").append(escape(item.headline()))
                    .append("</a></h2><p><em>").append(escape(item.standfirst())).append("</em></p>");
            if (item.bodyHtml() != null) {
                text.append(letter.textBodies().get(i)).append("\n\n");
                html.append(item.bodyHtml());
            }
            text.append("Read it on the site: ").append(link).append("\n\n");
        }
        if (!any) {
            return Optional.empty();
        }
        text.append("--\nChoose sections and how often you hear from us: ").append(preferences)
                .append("\nUnsubscribe: ").append(unsubscribe).append("\n");
        html.append("<hr><p><a href=\"").append(escape(preferences)).append("\">Your newsletter settings</a> · <a href=\"")
                .append(escape(unsubscribe)).append("\">Unsubscribe</a></p></body></html>");
        return Optional.of(OutgoingMail.of(subscriber.email(), letter.subject(), text.toString(),
                PURPOSE_NEWSLETTER)
                .withHtml(html.toString())
                .withHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    private String preferencesLink(Subscriber subscriber) {
        return urls.absolute("/newsletter/preferences?token=" + tokens.issue(Use.MANAGE, subscriber));
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    /** Paragraphs and headings on lines of their own, separated by blank lines. */
    static String plainText(String html) {
        var document = Jsoup.parseBodyFragment(html);
        document.outputSettings(new OutputSettings().prettyPrint(false));
        document.select("br").after("\\n");
        document.select("p, h1, h2, h3, h4, li, blockquote, pre").before("\\n\\n");
        var text = Jsoup.clean(document.body().html(), "", Safelist.none(), new OutputSettings().prettyPrint(false));
        return Parser.unescapeEntities(text, false).replace("\\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
