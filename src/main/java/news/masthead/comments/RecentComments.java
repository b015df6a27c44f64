package news.masthead.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newest approved comments, across the site or on one article, for comment feeds. Each read is
 * bounded and walks an index on status and time, so a site with a million comments answers as
 * fast as one with ten.
 */
@Service
public class RecentComments {

    /** Never the e-mail address: these are the only columns read. */
    private static final String PUBLIC_COLUMNS = "id, article_id, author_name, author_url, body, submitted_at";

    private final JdbcClient jdbc;

    RecentComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<RecentComment> newest(int limit) {
        return jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM comment WHERE status = 'APPROVED'"
                + " ORDER BY status, submitted_at DESC, id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> recent(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public List<RecentComment> newestOn(long articleId, int limit) {
        return jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM comment WHERE article_id = :articleId"
                + " AND status = 'APPROVED' ORDER BY article_id, status, submitted_at DESC, id DESC LIMIT :limit")
                .param("articleId", articleId)
                .param("limit", limit)
                .query((rs, n) -> recent(rs))
                .list();
    }

    private static RecentComment recent(ResultSet rs) throws SQLException {
        return new RecentComment(rs.getLong("id"), rs.getLong("article_id"), rs.getString("author_name"),
                rs.getString("author_url"), CommentBodyRenderer.render(rs.getString("body")),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant());
    }
}
