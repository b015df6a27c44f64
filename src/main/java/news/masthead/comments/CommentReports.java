package news.masthead.comments;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers telling moderators about a shown comment. A report puts the comment in the "reported"
 * queue until a moderator decides on it; it never hides the comment by itself, so a crowd cannot
 * silence someone by reporting.
 */
@Service
public class CommentReports {

    public static final int NOTE_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    CommentReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the report; false if the comment is not one readers can see. */
    @Transactional
    public boolean report(long commentId, ReportReason reason, String note) {
        var shown = jdbc.sql("SELECT COUNT(*) FROM comment WHERE id = :id AND status = 'APPROVED'")
                .param("id", commentId).query(Long.class).single() > 0;
        if (shown) {
            var text = note.strip();
            jdbc.sql("INSERT INTO comment_report (comment_id, reason, note, reported_at)"
                    + " VALUES (:id, :reason, :note, :at)")
                    .param("id", commentId)
                    .param("reason", reason.name())
                    .param("note", text.length() <= NOTE_LENGTH ? text : text.substring(0, NOTE_LENGTH))
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        }
        return shown;
    }

    /** A comment readers can see, as the report form shows it; empty otherwise. */
    @Transactional(readOnly = true)
    public java.util.Optional<ReportedComment> reportable(long commentId) {
        return jdbc.sql("SELECT id, article_id, author_name, body FROM comment WHERE id = :id AND status = 'APPROVED'")
                .param("id", commentId)
                .query((rs, n) -> new ReportedComment(rs.getLong("id"), rs.getLong("article_id"),
                        rs.getString("author_name"), CommentBodyRenderer.render(rs.getString("body"))))
                .optional();
    }
}
