package news.masthead.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The newsroom's lists of articles, whatever their status, newest activity first. */
@Component
class DeskQueries {

    private final JdbcClient jdbc;

    DeskQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Articles in one status (or any, when null) whose headline contains the words searched for,
     * optionally only those one person started.
     */
    List<DeskArticle> list(@Nullable ArticleStatus status, String search, @Nullable String createdBy, int limit) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var params = new HashMap<String, Object>();
        if (status != null) {
            where.append(" AND a.status = :status");
            params.put("status", status.name());
        }
        if (!search.isBlank()) {
            where.append(" AND LOWER(a.headline) LIKE :pattern");
            params.put("pattern", "%" + search.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (createdBy != null) {
            where.append(" AND a.created_by = :createdBy");
            params.put("createdBy", createdBy);
        }
        var rows = jdbc.sql("""
                SELECT a.id, a.headline, a.status, a.scheduled_for, a.published_at, a.created_by,
                       s.name AS section_name
                FROM article a JOIN section s ON s.id = a.section_id""" + where
                + " ORDER BY a.id DESC FETCH FIRST :limit ROWS ONLY")
                .params(params)
                .param("limit", limit)
                .query(DeskQueries::row)
                .list();
        var bylines = bylines(rows.stream().map(DeskArticle::id).toList());
        return rows.stream().map(row -> new DeskArticle(row.id(), row.headline(), row.status(),
                bylines.getOrDefault(row.id(), ""), row.sectionName(), row.scheduledFor(), row.publishedAt(),
                row.createdBy())).toList();
    }

    /** Scheduled articles whose moment has come, soonest first. */
    List<Long> due(Instant now) {
        return jdbc.sql("SELECT id FROM article WHERE status = 'SCHEDULED' AND scheduled_for <= :now ORDER BY scheduled_for")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .list();
    }

    private Map<Long, String> bylines(List<Long> ids) {
        var names = new HashMap<Long, String>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                SELECT aa.article_id, au.name FROM article_author aa JOIN author au ON au.id = aa.author_id
                WHERE aa.article_id IN (:ids) ORDER BY aa.article_id, aa.position""")
                .param("ids", ids)
                .query(rs -> {
                    names.merge(rs.getLong("article_id"), rs.getString("name"), (a, b) -> a + ", " + b);
                });
        return names;
    }

    private static DeskArticle row(ResultSet rs, int n) throws SQLException {
        return new DeskArticle(rs.getLong("id"), rs.getString("headline"), ArticleStatus.valueOf(rs.getString("status")),
                "", rs.getString("section_name"), instant(rs, "scheduled_for"), instant(rs, "published_at"),
                rs.getString("created_by"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

}
