package news.masthead.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads published stories straight into the records pages show. Lists cost four queries, whatever
 * their length: the count (usually from {@link ListCounts}), the page's ids, those articles with
 * their sections, and all their bylines.
 */
@Component
class ArticleQueries {

    static final String SUMMARY_COLUMNS = """
            a.id, a.slug, a.headline, a.standfirst, a.published_at, a.updated_at,
            a.image_path, a.image_alt, a.image_caption, a.image_credit, a.image_width, a.image_height,
            s.id AS section_id, s.slug AS section_slug, s.name AS section_name, s.description AS section_description
            """;

    private final JdbcClient jdbc;
    private final ListCounts counts;
    private final Corrections corrections;

    ArticleQueries(JdbcClient jdbc, ListCounts counts, Corrections corrections) {
        this.jdbc = jdbc;
        this.counts = counts;
        this.corrections = corrections;
    }

    Optional<PublishedArticle> published(String slug) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", a.body, a.seo_title, a.seo_description FROM article a"
                + " JOIN section s ON s.id = a.section_id WHERE a.slug = :slug AND a.status = 'PUBLISHED'")
                .param("slug", slug)
                .query((rs, n) -> new ArticleRow(summary(rs), rs.getString("body"), rs.getString("seo_title"),
                        rs.getString("seo_description")))
                .optional()
                .map(row -> {
                    var article = row.summary();
                    return new PublishedArticle(article.id(), article.slug(), article.headline(),
                            article.standfirst(), row.body(), article.section(),
                            bylines(List.of(article.id())).getOrDefault(article.id(), List.of()), tags(article.id()),
                            article.publishedAt(), article.updatedAt(), article.image(), corrections.of(article.id()),
                            row.seoTitle(), row.seoDescription());
                });
    }

    Optional<ArticleReference> reference(String slug) {
        return jdbc.sql("SELECT id, slug, published_at FROM article WHERE slug = :slug AND status = 'PUBLISHED'")
                .param("slug", slug)
                .query((rs, n) -> new ArticleReference(rs.getLong("id"), rs.getString("slug"), instant(rs, "published_at")))
                .optional();
    }

    ArticleList latest(int page, int size) {
        return list("all", "", "a.status", Map.of(), page, size);
    }

    ArticleList inSection(long sectionId, int page, int size) {
        return list("section-" + sectionId, " AND a.section_id = :sectionId", "a.section_id, a.status",
                Map.of("sectionId", sectionId), page, size);
    }

    ArticleList taggedWith(long tagId, int page, int size) {
        return list("tag-" + tagId, " AND a.id IN (SELECT article_id FROM article_tag WHERE tag_id = :tagId)",
                "a.status", Map.of("tagId", tagId), page, size);
    }

    ArticleList bylinedBy(long authorId, int page, int size) {
        return list("author-" + authorId,
                " AND a.id IN (SELECT article_id FROM article_author WHERE author_id = :authorId)", "a.status",
                Map.of("authorId", authorId), page, size);
    }

    List<ArticleSummary> publishedWithIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries(pageIds(" AND a.id IN (:ids)", "a.status", Map.of("ids", ids), 0, ids.size()));
    }

    long publishedCount() {
        return counts.of("all", () -> jdbc.sql("SELECT COUNT(*) FROM article a WHERE a.status = 'PUBLISHED'")
                .query(Long.class).single());
    }

    /**
     * The newest stories of a section, without counting them all: for blocks that link to the
     * section's own archive rather than paginate.
     */
    List<ArticleSummary> newestInSection(long sectionId, int limit) {
        return summaries(pageIds(" AND a.section_id = :sectionId", "a.section_id, a.status",
                Map.of("sectionId", sectionId), 0, limit));
    }

    /**
     * A page is read in two steps: the ids of the page, straight from an index in list order,
     * then those few articles with their sections. Joining first would make the database sort
     * the whole archive to find one page of it.
     *
     * @param name the list's name, under which its count is kept
     * @param pinned the columns the filter holds to one value, leading the sort so that the
     *     database reads the matching index in order instead of sorting what it finds
     */
    private ArticleList list(String name, String filter, String pinned, Map<String, Object> params, int page,
            int size) {
        long total = counts.of(name, () -> jdbc.sql("SELECT COUNT(*) FROM article a WHERE a.status = 'PUBLISHED'"
                + filter).params(params).query(Long.class).single());
        var ids = pageIds(filter, pinned, params, (long) (page - 1) * size, size);
        var items = summaries(ids);
        return new ArticleList(items, page, size, total);
    }

    private List<Long> pageIds(String filter, String pinned, Map<String, Object> params, long offset, int size) {
        return jdbc.sql("SELECT a.id FROM article a WHERE a.status = 'PUBLISHED'" + filter
                + " ORDER BY " + pinned + ", a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", size)
                .param("offset", offset)
                .query(Long.class)
                .list();
    }

    /** The given articles with their sections and bylines, in the order of the ids. */
    private List<ArticleSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = new HashMap<Long, ArticleSummary>();
        jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM article a JOIN section s ON s.id = a.section_id WHERE a.id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    var row = summary(rs);
                    rows.put(row.id(), row);
                });
        var bylines = bylines(ids);
        return ids.stream()
                .map(rows::get)
                .filter(Objects::nonNull)
                .map(row -> row.withAuthors(bylines.getOrDefault(row.id(), List.of())))
                .toList();
    }

    Map<Long, List<Author>> bylines(Collection<Long> articleIds) {
        var bylines = new HashMap<Long, List<Author>>();
        if (articleIds.isEmpty()) {
            return bylines;
        }
        jdbc.sql("""
                SELECT aa.article_id, au.id, au.slug, au.name, au.title, au.bio
                FROM article_author aa JOIN author au ON au.id = aa.author_id
                WHERE aa.article_id IN (:ids) ORDER BY aa.article_id, aa.position""")
                .param("ids", articleIds)
                .query(rs -> {
                    bylines.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                            .add(new Author(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                                    rs.getString("title"), rs.getString("bio")));
                });
        return bylines;
    }

    private List<Tag> tags(long articleId) {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id
                WHERE at.article_id = :id ORDER BY at.position""")
                .param("id", articleId)
                .query((rs, n) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .list();
    }

    static ArticleSummary summary(ResultSet rs) throws SQLException {
        var section = new Section(rs.getLong("section_id"), rs.getString("section_slug"), rs.getString("section_name"),
                rs.getString("section_description"));
        return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
                rs.getString("standfirst"), section, List.of(), instant(rs, "published_at"), instant(rs, "updated_at"),
                image(rs));
    }

    private static @Nullable FeaturedImage image(ResultSet rs) throws SQLException {
        var path = rs.getString("image_path");
        if (path == null) {
            return null;
        }
        return new FeaturedImage(path, rs.getString("image_alt"), rs.getString("image_caption"),
                rs.getString("image_credit"), rs.getInt("image_width"), rs.getInt("image_height"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        if (value == null) {
            throw new SQLException("Published article without " + column);
        }
        return value.toInstant();
    }

    private record ArticleRow(ArticleSummary summary, String body, String seoTitle, String seoDescription) {
    }
}
