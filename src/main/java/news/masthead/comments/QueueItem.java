package news.masthead.comments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A comment as moderators see it. For staff only: it carries the commenter's e-mail and network
 * address, and the text is as typed, to be escaped wherever it is shown.
 *
 * @param screening what the automatic checks said and why; empty for comments that were never screened
 */
public record QueueItem(long id, long articleId, String authorName, String authorEmail, @Nullable String authorUrl,
        String text, Instant submittedAt, CommentStatus status, @Nullable Screening screening,
        List<Report> reports, @Nullable Long parentId, @Nullable StaffMark mark, @Nullable Instant editedAt,
        @Nullable String address) {

    public QueueItem {
        reports = List.copyOf(reports);
    }

    /** One reader's open report on the comment. */
    public record Report(ReportReason reason, String note, Instant reportedAt) {
    }
}
