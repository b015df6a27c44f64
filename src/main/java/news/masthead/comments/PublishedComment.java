package news.masthead.comments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment as the public sees it. It holds no e-mail address, so no page can show one. The body
 * is already escaped HTML.
 *
 * @param depth 0 for a top-level comment, 1 for a reply to one, and so on
 * @param mark set when the newsroom wrote it
 * @param edited whether a moderator changed the text since it was written
 * @param canReply whether a reply to it nests under it (the deepest level takes no more)
 */
public record PublishedComment(long id, String authorName, @Nullable String authorUrl, String bodyHtml,
        Instant submittedAt, boolean awaitingModeration, @Nullable Long parentId, int depth,
        @Nullable StaffMark mark, boolean edited, boolean canReply) {

    public PublishedComment(long id, String authorName, @Nullable String authorUrl, String bodyHtml,
            Instant submittedAt, boolean awaitingModeration) {
        this(id, authorName, authorUrl, bodyHtml, submittedAt, awaitingModeration, null, 0, null, false, false);
    }
}
