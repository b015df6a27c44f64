package news.masthead.newsletter.web;

import org.jspecify.annotations.Nullable;

import news.masthead.site.web.Layout;

/**
 * A short page after a step: "check your inbox", "you have left". With an action it shows one
 * button, so that a link scanner fetching the page from an e-mail changes nothing.
 */
public record NoticePage(Layout layout, String heading, String text, @Nullable String actionPath,
        @Nullable String actionLabel, @Nullable String token) {

    static NoticePage of(Layout layout, String heading, String text) {
        return new NoticePage(layout, heading, text, null, null, null);
    }
}
