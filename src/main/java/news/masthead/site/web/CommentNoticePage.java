package news.masthead.site.web;

import org.jspecify.annotations.Nullable;

/**
 * A short answer about a comment (report received, e-mails confirmed or stopped), with a link
 * back to it or a button that confirms a step.
 */
public record CommentNoticePage(Layout layout, String heading, String message, @Nullable String backLink,
        @Nullable String confirmAction) {
}
