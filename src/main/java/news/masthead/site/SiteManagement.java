package news.masthead.site;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The site module's API: settings and the static pages (About, Contact, Support). */
@Service
public class SiteManagement {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SiteManagement(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SiteSettings settings() {
        var values = new HashMap<String, String>();
        jdbc.sql("SELECT name, setting_value FROM site_setting").query(rs -> {
            values.put(rs.getString("name"), rs.getString("setting_value"));
        });
        return SiteSettings.from(values);
    }

    @Transactional
    public void update(SiteSettings settings) {
        jdbc.sql("DELETE FROM site_setting").update();
        settings.values().forEach((name, value) -> jdbc
                .sql("INSERT INTO site_setting (name, setting_value) VALUES (:name, :value)")
                .param("name", name)
                .param("value", value)
                .update());
        events.publishEvent(new SiteSettingsChanged());
    }

    @Transactional(readOnly = true)
    public Optional<StaticPage> page(String slug) {
        return jdbc.sql("SELECT slug, title, summary, body, updated_at FROM page WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new StaticPage(rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                        rs.getString("body"), rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Creates or replaces a static page; the body is HTML that the caller has made safe. */
    @Transactional
    public void savePage(String slug, String title, String summary, String bodyHtml) {
        var updated = jdbc.sql("UPDATE page SET title = :title, summary = :summary, body = :body, updated_at = :at"
                + " WHERE slug = :slug")
                .param("slug", slug).param("title", title).param("summary", summary).param("body", bodyHtml)
                .param("at", OffsetDateTime.now(clock))
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO page (slug, title, summary, body, updated_at) VALUES (:slug, :title, :summary, :body, :at)")
                    .param("slug", slug).param("title", title).param("summary", summary).param("body", bodyHtml)
                    .param("at", OffsetDateTime.now(clock))
                    .update();
        }
    }
}
