package news.masthead.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail module's API. {@link #send} queues a message in the caller's transaction: if that rolls
 * back, the message was never sent. A dispatcher on some node delivers it shortly after commit.
 */
@Service
public class Postbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Postbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long send(OutgoingMail mail) {
        var now = utc(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO outgoing_mail (recipient, subject, text_body, html_body, headers, purpose, status,
                                           attempts, queued_at, next_attempt_at)
                VALUES (:to, :subject, :text, :html, :headers, :purpose, 'QUEUED', 0, :now, :now)""")
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("headers", HeaderLines.format(mail.headers()))
                .param("purpose", mail.purpose())
                .param("now", now)
                .update(keys, "id");
        var key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("No key was generated");
        }
        return key.longValue();
    }

    /** The newest messages first, optionally of one purpose; for the admin's outbox. */
    @Transactional(readOnly = true)
    public List<StoredMail> recent(@Nullable String purpose, int limit) {
        return jdbc.sql("""
                SELECT * FROM outgoing_mail
                WHERE (:purpose IS NULL OR purpose = :purpose)
                ORDER BY id DESC
                FETCH FIRST :limit ROWS ONLY""")
                .param("purpose", purpose)
                .param("limit", limit)
                .query((rs, row) -> StoredMailRows.map(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<StoredMail> find(long id) {
        return jdbc.sql("SELECT * FROM outgoing_mail WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> StoredMailRows.map(rs))
                .optional();
    }

    /** How many messages are in each state; the admin shows it. */
    @Transactional(readOnly = true)
    public Map<MailStatus, Long> counts() {
        var counts = new LinkedHashMap<MailStatus, Long>();
        for (var status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM outgoing_mail GROUP BY status")
                .query(rs -> {
                    counts.put(MailStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
