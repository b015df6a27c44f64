package news.masthead.donations;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.audit.AuditLog;
import news.masthead.site.AppealLines;

/**
 * The lines editors add to the appeal under single articles. The site asks for an article's line
 * when it renders the article; a change names the article, so its cached page is renewed.
 */
@Service
public class AppealLineStore implements AppealLines {

    public static final int MAX_LENGTH = 300;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    AppealLineStore(JdbcClient jdbc, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> lineFor(long articleId) {
        return jdbc.sql("SELECT line FROM appeal_line WHERE article_id = :id").param("id", articleId)
                .query(String.class).optional();
    }

    @Transactional(readOnly = true)
    public Map<Long, String> all() {
        var lines = new LinkedHashMap<Long, String>();
        jdbc.sql("SELECT article_id, line FROM appeal_line ORDER BY updated_at DESC").query(rs -> {
            lines.put(rs.getLong("article_id"), rs.getString("line"));
        });
        return lines;
    }

    /** Sets an article's line; a blank one removes it. */
    @Transactional
    public void set(long articleId, String line) {
        var text = line.strip();
        var current = lineFor(articleId);
        if (current.orElse("").equals(text)) {
            return;
        }
        jdbc.sql("DELETE FROM appeal_line WHERE article_id = :id").param("id", articleId).update();
        if (!text.isEmpty()) {
            jdbc.sql("INSERT INTO appeal_line (article_id, line, updated_at) VALUES (:id, :line, :at)")
                    .param("id", articleId).param("line", text)
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
        }
        audit.record(text.isEmpty() ? "donations.appeal-line.removed" : "donations.appeal-line.set",
                "article " + articleId, text.isEmpty() ? null : text);
        events.publishEvent(new AppealLineChanged(articleId));
    }
}
