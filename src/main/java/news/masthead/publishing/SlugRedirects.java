package news.masthead.publishing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Old addresses of articles whose slug changed after publication. Links in print, e-mails and other
 * sites keep working: the old address answers with a permanent redirect to the new one.
 */
@Component
class SlugRedirects {

    private final JdbcClient jdbc;

    SlugRedirects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String oldSlug, long articleId, Instant at) {
        jdbc.sql("DELETE FROM slug_redirect WHERE old_slug = :slug").param("slug", oldSlug).update();
        jdbc.sql("INSERT INTO slug_redirect (old_slug, article_id, created_at) VALUES (:slug, :id, :at)")
                .param("slug", oldSlug).param("id", articleId).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    /** An article that takes a slug back (its own old one, or another's) ends the redirect. */
    void release(String slug) {
        jdbc.sql("DELETE FROM slug_redirect WHERE old_slug = :slug").param("slug", slug).update();
    }

    /** The current slug of the live article that used to be at this one. */
    Optional<String> target(String oldSlug) {
        return jdbc.sql("""
                SELECT a.slug FROM slug_redirect r JOIN article a ON a.id = r.article_id
                WHERE r.old_slug = :slug AND a.status = 'PUBLISHED'""")
                .param("slug", oldSlug)
                .query(String.class)
                .optional();
    }

    /** Whether the slug still points readers at some other article. */
    boolean heldByOther(String slug, long articleId) {
        return jdbc.sql("SELECT COUNT(*) FROM slug_redirect WHERE old_slug = :slug AND article_id <> :id")
                .param("slug", slug).param("id", articleId).query(Long.class).single() > 0;
    }
}
