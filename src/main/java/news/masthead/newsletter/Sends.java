package news.masthead.newsletter;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Sends, their articles and one delivery row per recipient. Queuing a send to a hundred thousand
 * readers is a single INSERT … SELECT, so it costs the database one statement, not one per reader.
 */
@Repository
class Sends {

    private final JdbcClient jdbc;

    Sends(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String occasion) {
        return jdbc.sql("SELECT COUNT(*) FROM newsletter_sends WHERE occasion = :occasion")
                .param("occasion", occasion)
                .query(Long.class)
                .single() > 0;
    }

    /**
     * Records a send and queues it for every confirmed subscriber with the given frequency who
     * wants at least one of its sections; answers the send's id. Call inside a transaction.
     */
    long create(String occasion, SendKind kind, String subject, List<SendItem> items, Frequency audience,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO newsletter_sends (occasion, kind, subject, created_at)
                VALUES (:occasion, :kind, :subject, :now)""")
                .param("occasion", occasion)
                .param("kind", kind.name())
                .param("subject", subject)
                .param("now", Subscribers.utc(now))
                .update(keys, "id");
        long sendId = Objects.requireNonNull(keys.getKey()).longValue();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            jdbc.sql("""
                    INSERT INTO newsletter_send_items (send_id, item_order, article_id, section_id, headline,
                                                       standfirst, item_path, body_html)
                    VALUES (:send, :order, :article, :section, :headline, :standfirst, :path, :body)""")
                    .param("send", sendId)
                    .param("order", i)
                    .param("article", item.articleId())
                    .param("section", item.sectionId())
                    .param("headline", item.headline())
                    .param("standfirst", item.standfirst())
                    .param("path", item.path())
                    .param("body", item.bodyHtml())
                    .update();
        }
        var sectionIds = new LinkedHashSet<Long>();
        items.forEach(item -> sectionIds.add(item.sectionId()));
        var wantsOne = new StringBuilder("s.sections = ''");
        int n = 0;
        for (var ignored : sectionIds) {
            wantsOne.append(" OR (',' || s.sections || ',') LIKE :section").append(n++);
        }
        var statement = jdbc.sql("""
                INSERT INTO newsletter_deliveries (send_id, subscriber_id, status, attempts, next_attempt_at)
                SELECT :send, s.id, 'QUEUED', 0, :now FROM subscribers s
                WHERE s.status = 'CONFIRMED' AND s.frequency = :frequency AND (%s)""".formatted(wantsOne))
                .param("send", sendId)
                .param("now", Subscribers.utc(now))
                .param("frequency", audience.name());
        n = 0;
        for (var sectionId : sectionIds) {
            statement = statement.param("section" + n++, "%," + sectionId + ",%");
        }
        statement.update();
        return sendId;
    }

    List<SendItem> items(long sendId) {
        return jdbc.sql("SELECT * FROM newsletter_send_items WHERE send_id = :send ORDER BY item_order")
                .param("send", sendId)
                .query((rs, row) -> new SendItem(rs.getLong("article_id"), rs.getLong("section_id"),
                        rs.getString("headline"), rs.getString("standfirst"), rs.getString("item_path"),
                        rs.getString("body_html")))
                .list();
    }

    Letter letter(long sendId) {
        var head = jdbc.sql("SELECT kind, subject FROM newsletter_sends WHERE id = :id")
                .param("id", sendId)
                .query((rs, row) -> new String[] {rs.getString("kind"), rs.getString("subject")})
                .single();
        return NewsletterMails.letter(sendId, SendKind.valueOf(head[0]), head[1], items(sendId));
    }

    /** When the last digest of this frequency was queued, if ever: the next one starts there. */
    Optional<Instant> lastDigest(Frequency frequency) {
        return jdbc.sql("SELECT MAX(created_at) AS latest FROM newsletter_sends WHERE occasion LIKE :prefix")
                .param("prefix", frequency.name().toLowerCase(Locale.ROOT) + "-%")
                .query((rs, row) -> Optional.ofNullable(Subscribers.instant(rs, "latest")))
                .single();
    }

    /** Marks as finished every send with nothing left to deliver. */
    void finishDone(Instant now) {
        jdbc.sql("""
                UPDATE newsletter_sends SET finished_at = :now
                WHERE finished_at IS NULL AND NOT EXISTS (
                    SELECT 1 FROM newsletter_deliveries d
                    WHERE d.send_id = newsletter_sends.id AND d.status IN ('QUEUED', 'CLAIMED', 'HANDED'))""")
                .param("now", Subscribers.utc(now))
                .update();
    }

    List<SendProgress> recent(int limit) {
        return jdbc.sql("""
                SELECT s.id, s.kind, s.subject, s.created_at, s.finished_at,
                       SUM(CASE WHEN d.status = 'SENT' THEN 1 ELSE 0 END) AS sent,
                       SUM(CASE WHEN d.status = 'FAILED' THEN 1 ELSE 0 END) AS failed,
                       SUM(CASE WHEN d.status IN ('QUEUED', 'CLAIMED', 'HANDED') THEN 1 ELSE 0 END) AS left_over,
                       SUM(CASE WHEN d.status = 'UNCERTAIN' THEN 1 ELSE 0 END) AS uncertain,
                       SUM(CASE WHEN d.status = 'SKIPPED' THEN 1 ELSE 0 END) AS skipped
                FROM newsletter_sends s LEFT JOIN newsletter_deliveries d ON d.send_id = s.id
                WHERE s.id IN (SELECT id FROM newsletter_sends ORDER BY id DESC FETCH FIRST :limit ROWS ONLY)
                GROUP BY s.id, s.kind, s.subject, s.created_at, s.finished_at
                ORDER BY s.id DESC""")
                .param("limit", limit)
                .query((rs, row) -> new SendProgress(rs.getLong("id"), SendKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), Objects.requireNonNull(Subscribers.instant(rs, "created_at")),
                        Subscribers.instant(rs, "finished_at"), rs.getLong("sent"), rs.getLong("failed"),
                        rs.getLong("left_over"), rs.getLong("uncertain"), rs.getLong("skipped")))
                .list();
    }
}
