package news.masthead.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderators' view of comments: the queues, their filters, and one comment in full. For staff only. */
@Service
public class CommentQueue {

    public static final int PAGE_SIZE = 25;
    private static final String OPEN_REPORT = "EXISTS (SELECT 1 FROM comment_report r WHERE r.comment_id = c.id"
            + " AND r.resolved = FALSE)";

    private final JdbcClient jdbc;

    CommentQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public QueuePage list(QueueFilter filter) {
        var params = new HashMap<String, Object>();
        var where = where(filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM comment c WHERE " + where).params(params).query(Long.class)
                .single();
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filter.page(), pageCount);
        params.put("skip", (long) (page - 1) * PAGE_SIZE);
        params.put("limit", PAGE_SIZE);
        // Pending and reported comments are worked through oldest first, so that none waits forever.
        var order = filter.queue() == Queue.PENDING || filter.queue() == Queue.REPORTED ? "ASC" : "DESC";
        var items = jdbc.sql("SELECT c.* FROM comment c WHERE " + where + " ORDER BY c.submitted_at " + order
                + ", c.id " + order + " OFFSET :skip ROWS FETCH FIRST :limit ROWS ONLY")
                .params(params)
                .query((rs, n) -> item(rs, List.of()))
                .list();
        return new QueuePage(withReports(items), total, page, pageCount);
    }

    /** How many comments each queue holds, for the tabs. */
    @Transactional(readOnly = true)
    public Map<Queue, Long> counts() {
        var counts = new EnumMap<Queue, Long>(Queue.class);
        for (var queue : Queue.values()) {
            counts.put(queue, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM comment GROUP BY status").query(rs -> {
            counts.put(Queue.valueOf(rs.getString("status")), rs.getLong("n"));
        });
        counts.put(Queue.REPORTED, jdbc.sql("SELECT COUNT(*) FROM comment c WHERE c.status IN ('PENDING', 'APPROVED')"
                + " AND " + OPEN_REPORT).query(Long.class).single());
        return counts;
    }

    @Transactional(readOnly = true)
    public Optional<QueueItem> find(long commentId) {
        return jdbc.sql("SELECT c.* FROM comment c WHERE c.id = :id").param("id", commentId)
                .query((rs, n) -> item(rs, List.of()))
                .optional()
                .map(item -> withReports(List.of(item)).getFirst());
    }

    /** Every change moderators made to the comment's text, newest first. */
    @Transactional(readOnly = true)
    public List<CommentEdit> edits(long commentId) {
        return jdbc.sql("SELECT edited_by, edited_at, before_body FROM comment_edit WHERE comment_id = :id"
                + " ORDER BY edited_at DESC, id DESC")
                .param("id", commentId)
                .query((rs, n) -> new CommentEdit(rs.getString("edited_by"),
                        rs.getObject("edited_at", OffsetDateTime.class).toInstant(), rs.getString("before_body")))
                .list();
    }

    private static String where(QueueFilter filter, Map<String, Object> params) {
        var conditions = new ArrayList<String>();
        switch (filter.queue()) {
            case REPORTED -> conditions.add("c.status IN ('PENDING', 'APPROVED') AND " + OPEN_REPORT);
            default -> {
                conditions.add("c.status = :status");
                params.put("status", filter.queue().name());
            }
        }
        if (filter.articleId() != null) {
            conditions.add("c.article_id = :articleId");
            params.put("articleId", filter.articleId());
        }
        if (!filter.commenter().isEmpty()) {
            conditions.add("(LOWER(c.author_name) LIKE :commenter OR LOWER(c.author_email) LIKE :commenter)");
            params.put("commenter", like(filter.commenter()));
        }
        if (!filter.text().isEmpty()) {
            conditions.add("LOWER(c.body) LIKE :text");
            params.put("text", like(filter.text()));
        }
        if (filter.from() != null) {
            conditions.add("c.submitted_at >= :from");
            params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("c.submitted_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return String.join(" AND ", conditions);
    }

    private static String like(String words) {
        return "%" + words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%";
    }

    private List<QueueItem> withReports(List<QueueItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        var reports = new LinkedHashMap<Long, List<QueueItem.Report>>();
        jdbc.sql("SELECT comment_id, reason, note, reported_at FROM comment_report WHERE resolved = FALSE"
                + " AND comment_id IN (:ids) ORDER BY reported_at, id")
                .param("ids", items.stream().map(QueueItem::id).toList())
                .query(rs -> {
                    reports.computeIfAbsent(rs.getLong("comment_id"), id -> new ArrayList<>())
                            .add(new QueueItem.Report(ReportReason.valueOf(rs.getString("reason")),
                                    rs.getString("note"), rs.getObject("reported_at", OffsetDateTime.class)
                                            .toInstant()));
                });
        return items.stream().map(item -> new QueueItem(item.id(), item.articleId(), item.authorName(),
                item.authorEmail(), item.authorUrl(), item.text(), item.submittedAt(), item.status(), item.screening(),
                reports.getOrDefault(item.id(), List.of()), item.parentId(), item.mark(), item.editedAt(),
                item.address())).toList();
    }

    private static QueueItem item(ResultSet rs, List<QueueItem.Report> reports) throws SQLException {
        var verdict = rs.getString("screening_verdict");
        var score = rs.getObject("screening_score", Double.class);
        var screening = verdict == null ? null
                : new Screening(ScreeningVerdict.valueOf(verdict), score == null ? 0 : score,
                        ScreeningReasons.parse(rs.getString("screening_reasons")));
        var mark = rs.getString("staff_mark");
        var edited = rs.getObject("edited_at", OffsetDateTime.class);
        return new QueueItem(rs.getLong("id"), rs.getLong("article_id"), rs.getString("author_name"),
                rs.getString("author_email"), rs.getString("author_url"), rs.getString("body"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                CommentStatus.valueOf(rs.getString("status")), screening, reports,
                rs.getObject("parent_id", Long.class), mark == null ? null : StaffMark.valueOf(mark),
                edited == null ? null : edited.toInstant(), rs.getString("address"));
    }
}
