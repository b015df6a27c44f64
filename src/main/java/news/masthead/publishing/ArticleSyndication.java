package news.masthead.publishing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What feeds and sitemaps read of the archive. Feeds take a bounded number of the newest stories,
 * whole, in four queries whatever their number; sitemaps walk the archive in id order, a block at
 * a time, so that a site of any size is listed without holding it all in memory.
 */
@Service
public class ArticleSyndication {

    private static final String PUBLISHED = " WHERE a.status = 'PUBLISHED'";

    private final JdbcClient jdbc;
    private final ArticleQueries queries;

    ArticleSyndication(JdbcClient jdbc, ArticleQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<PublishedArticle> newest(int limit) {
        return articles(newestIds("", "a.status", Map.of(), limit));
    }

    @Transactional(readOnly = true)
    public List<PublishedArticle> newestInSection(Section section, int limit) {
        return articles(newestIds(" AND a.section_id = :sectionId", "a.section_id, a.status",
                Map.of("sectionId", section.id()), limit));
    }

    @Transactional(readOnly = true)
    public List<PublishedArticle> newestTagged(Tag tag, int limit) {
        return articles(newestIds(" AND a.id IN (SELECT article_id FROM article_tag WHERE tag_id = :tagId)",
                "a.status", Map.of("tagId", tag.id()), limit));
    }

    @Transactional(readOnly = true)
    public List<PublishedArticle> newestBylined(Author author, int limit) {
        return articles(newestIds(" AND a.id IN (SELECT article_id FROM article_author WHERE author_id = :authorId)",
                "a.status", Map.of("authorId", author.id()), limit));
    }

    /** Stories first published at or after {@code since}, newest first: for a news sitemap. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> publishedSince(Instant since, int limit) {
        var ids = jdbc.sql("SELECT a.id FROM article a" + PUBLISHED + " AND a.published_at >= :since"
                + " ORDER BY a.status, a.published_at DESC, a.id DESC LIMIT :limit")
                .param("since", since.atOffset(ZoneOffset.UTC))
                .param("limit", limit)
                .query(Long.class)
                .list();
        return queries.publishedWithIds(ids);
    }

    /** How many live stories first went out in {@code [from, to)}. */
    @Transactional(readOnly = true)
    public long publishedBetween(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM article a" + PUBLISHED + " AND a.published_at >= :from"
                + " AND a.published_at < :to")
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
    }

    /** The next block of live articles in id order, after the one with id {@code afterId}. */
    @Transactional(readOnly = true)
    public List<ArticleLocation> locations(long afterId, int limit) {
        return jdbc.sql("SELECT a.id, a.slug, a.updated_at FROM article a" + PUBLISHED
                + " AND a.id > :afterId ORDER BY a.status, a.id LIMIT :limit")
                .param("afterId", afterId)
                .param("limit", limit)
                .query((rs, n) -> new ArticleLocation(rs.getLong("id"), PublishedArticle.pathOf(rs.getString("slug")),
                        ArticleQueries.instant(rs, "updated_at")))
                .list();
    }

    /**
     * The id after which a walk in id order should start to skip the first {@code count} live
     * articles; 0 to skip none.
     */
    @Transactional(readOnly = true)
    public long idAfterSkipping(long count) {
        if (count <= 0) {
            return 0;
        }
        return jdbc.sql("SELECT a.id FROM article a" + PUBLISHED + " ORDER BY a.status, a.id LIMIT 1 OFFSET :skip")
                .param("skip", count - 1)
                .query(Long.class)
                .optional()
                .orElse(Long.MAX_VALUE);
    }

    private List<Long> newestIds(String filter, String pinned, Map<String, Object> params, int limit) {
        return jdbc.sql("SELECT a.id FROM article a" + PUBLISHED + filter
                + " ORDER BY " + pinned + ", a.published_at DESC, a.id DESC LIMIT :limit")
                .params(params)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** The given articles whole, with bylines and tags, in the order of the ids. */
    private List<PublishedArticle> articles(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = new HashMap<Long, PublishedArticle>();
        var bylines = queries.bylines(ids);
        var tags = tags(ids);
        jdbc.sql("SELECT " + ArticleQueries.SUMMARY_COLUMNS + ", a.body FROM article a"
                + " JOIN section s ON s.id = a.section_id WHERE a.id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    var summary = ArticleQueries.summary(rs);
                    rows.put(summary.id(), new PublishedArticle(summary.id(), summary.slug(), summary.headline(),
                            summary.standfirst(), rs.getString("body"), summary.section(),
                            bylines.getOrDefault(summary.id(), List.of()), tags.getOrDefault(summary.id(), List.of()),
                            summary.publishedAt(), summary.updatedAt(), summary.image()));
                });
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    private Map<Long, List<Tag>> tags(List<Long> articleIds) {
        var tags = new HashMap<Long, List<Tag>>();
        jdbc.sql("""
                SELECT at.article_id, t.id, t.slug, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id
                WHERE at.article_id IN (:ids) ORDER BY at.article_id, at.position""")
                .param("ids", articleIds)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
                            .add(new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
                });
        return tags;
    }
}
