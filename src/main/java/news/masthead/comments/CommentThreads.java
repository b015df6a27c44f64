package news.masthead.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see of the comments: an article's conversation a page at a time, counts for lists
 * of stories, and where a comment's permalink leads. A page costs the same few queries however
 * many comments an article has: one for the page's top-level comments, one for all their replies.
 */
@Service
public class CommentThreads {

    /** Never the e-mail address: what leaves this module for the public is read through these. */
    static final String PUBLIC_COLUMNS = "id, author_name, author_url, body, submitted_at, parent_id, depth,"
            + " staff_mark, edited_at";

    private final JdbcClient jdbc;
    private final CommentSettings settings;
    private final Clock clock;

    CommentThreads(JdbcClient jdbc, CommentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** One page of an article's approved comments; a page past the end shows the last one. */
    @Transactional(readOnly = true)
    public CommentThread page(long articleId, Instant publishedAt, int page) {
        var counts = jdbc.sql("SELECT COUNT(*) AS total, COUNT(CASE WHEN parent_id IS NULL THEN 1 END) AS tops"
                + " FROM comment WHERE article_id = :articleId AND status = 'APPROVED'")
                .param("articleId", articleId)
                .query((rs, n) -> new long[] { rs.getLong("total"), rs.getLong("tops") })
                .single();
        int perPage = settings.threadsPerPage();
        int pageCount = (int) Math.max(1, (counts[1] + perPage - 1) / perPage);
        int shown = Math.clamp(page, 1, pageCount);
        var tops = jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM comment WHERE article_id = :articleId"
                + " AND status = 'APPROVED' AND parent_id IS NULL ORDER BY submitted_at, id"
                + " OFFSET :skip ROWS FETCH FIRST :limit ROWS ONLY")
                .param("articleId", articleId)
                .param("skip", (long) (shown - 1) * perPage)
                .param("limit", perPage)
                .query((rs, n) -> published(rs, false))
                .list();
        var replies = tops.isEmpty() ? List.<PublishedComment>of()
                : jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM comment WHERE thread_id IN (:threads)"
                        + " AND status = 'APPROVED' ORDER BY submitted_at, id")
                        .param("threads", tops.stream().map(PublishedComment::id).toList())
                        .query((rs, n) -> published(rs, false))
                        .list();
        return new CommentThread(inReadingOrder(tops, replies), counts[0], shown, pageCount,
                isOpen(articleId, publishedAt), (shown - 1) * perPage + 1);
    }

    /** Whether readers may comment: not closed by a moderator, nor older than comments stay open. */
    @Transactional(readOnly = true)
    public boolean isOpen(long articleId, Instant publishedAt) {
        var limit = settings.closeAfter();
        if (!limit.isZero() && publishedAt.plus(limit).isBefore(clock.instant())) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM comment_closure WHERE article_id = :articleId")
                .param("articleId", articleId).query(Long.class).single() == 0;
    }

    /** Approved comments per article, for lists of stories; articles without any are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Long> counts(Collection<Long> articleIds) {
        var counts = new HashMap<Long, Long>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT article_id, COUNT(*) AS n FROM comment WHERE article_id IN (:ids) AND status = 'APPROVED'"
                + " GROUP BY article_id")
                .param("ids", List.copyOf(articleIds))
                .query(rs -> {
                    counts.put(rs.getLong("article_id"), rs.getLong("n"));
                });
        return counts;
    }

    /** The article and page a shown comment is on, for its permalink. */
    @Transactional(readOnly = true)
    public Optional<CommentLocation> locate(long commentId) {
        return jdbc.sql("SELECT article_id, COALESCE(thread_id, id) AS top FROM comment"
                + " WHERE id = :id AND status = 'APPROVED'")
                .param("id", commentId)
                .query((rs, n) -> new long[] { rs.getLong("article_id"), rs.getLong("top") })
                .optional()
                .map(found -> {
                    long before = jdbc.sql("SELECT COUNT(*) FROM comment c, comment top"
                            + " WHERE top.id = :top AND c.article_id = top.article_id AND c.status = 'APPROVED'"
                            + " AND c.parent_id IS NULL AND (c.submitted_at < top.submitted_at"
                            + " OR (c.submitted_at = top.submitted_at AND c.id < top.id))")
                            .param("top", found[1]).query(Long.class).single();
                    return new CommentLocation(found[0], (int) (before / settings.threadsPerPage()) + 1);
                });
    }

    private static List<PublishedComment> inReadingOrder(List<PublishedComment> tops, List<PublishedComment> replies) {
        var children = new LinkedHashMap<Long, List<PublishedComment>>();
        for (var reply : replies) {
            children.computeIfAbsent(reply.parentId(), parent -> new ArrayList<>()).add(reply);
        }
        var ordered = new ArrayList<PublishedComment>(tops.size() + replies.size());
        for (var top : tops) {
            addWithReplies(top, children, ordered);
        }
        return ordered;
    }

    private static void addWithReplies(PublishedComment comment, Map<Long, List<PublishedComment>> children,
            List<PublishedComment> ordered) {
        ordered.add(comment);
        for (var reply : children.getOrDefault(comment.id(), List.of())) {
            addWithReplies(reply, children, ordered);
        }
    }

    PublishedComment published(ResultSet rs, boolean awaitingModeration) throws SQLException {
        var parent = rs.getObject("parent_id", Long.class);
        var mark = rs.getString("staff_mark");
        int depth = rs.getInt("depth");
        return new PublishedComment(rs.getLong("id"), rs.getString("author_name"), rs.getString("author_url"),
                CommentBodyRenderer.render(rs.getString("body")),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), awaitingModeration,
                parent, depth, mark == null ? null : StaffMark.valueOf(mark),
                rs.getObject("edited_at", OffsetDateTime.class) != null, depth + 1 < settings.threadDepth());
    }
}
