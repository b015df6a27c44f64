package news.masthead.comments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment waiting for a moderator, as the newsroom sees it. For staff only: it carries the
 * commenter's e-mail address, and the text is as typed, to be escaped wherever it is shown.
 */
public record PendingComment(long id, long articleId, String authorName, String authorEmail,
        @Nullable String authorUrl, String text, Instant submittedAt) {
}
