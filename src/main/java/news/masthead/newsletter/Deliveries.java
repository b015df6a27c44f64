package news.masthead.newsletter;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-recipient rows of sends and the steps a sender takes on them. Every step is one
 * conditional UPDATE, committed on its own (no surrounding transaction), and each names the claim
 * it acts under, so a sender whose claim was taken over changes nothing.
 */
@Repository
class Deliveries {

    /** A claimed delivery with what is needed to write it. */
    record Claimed(long id, long sendId, int attempts, Subscriber subscriber) {
    }

    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A row still HANDED after its claim ran out was being offered to the SMTP server when its
     * sender stopped. Sending it again could mail someone twice, so it is set aside as UNCERTAIN.
     */
    int setAsideAbandoned(Instant now) {
        return jdbc.sql("""
                UPDATE newsletter_deliveries SET status = 'UNCERTAIN', last_error = 'The sender stopped while handing it over'
                WHERE status = 'HANDED' AND claimed_until < :now""")
                .param("now", Subscribers.utc(now))
                .update();
    }

    /**
     * Takes up to {@code limit} rows: first those a stopped sender claimed but never offered, then
     * due ones in the order of the (status, next_attempt_at, id) index, so that each batch reads
     * only the rows it takes however long the queue.
     */
    List<Claimed> claim(String token, int limit, Instant now, Instant until) {
        int claimed = jdbc.sql("""
                UPDATE newsletter_deliveries SET claim_token = :token, claimed_until = :until
                WHERE id IN (SELECT id FROM newsletter_deliveries WHERE status = 'CLAIMED' AND claimed_until < :now
                             ORDER BY id FETCH FIRST :limit ROWS ONLY)
                  AND status = 'CLAIMED' AND claimed_until < :now""")
                .param("token", token)
                .param("until", Subscribers.utc(until))
                .param("now", Subscribers.utc(now))
                .param("limit", limit)
                .update();
        if (claimed < limit) {
            claimed += jdbc.sql("""
                    UPDATE newsletter_deliveries SET status = 'CLAIMED', claim_token = :token, claimed_until = :until
                    WHERE id IN (SELECT id FROM newsletter_deliveries WHERE status = 'QUEUED' AND next_attempt_at <= :now
                                 ORDER BY status, next_attempt_at, id FETCH FIRST :limit ROWS ONLY)
                      AND status = 'QUEUED'""")
                    .param("token", token)
                    .param("until", Subscribers.utc(until))
                    .param("now", Subscribers.utc(now))
                    .param("limit", limit - claimed)
                    .update();
        }
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT d.id AS delivery_id, d.send_id, d.attempts, s.*
                FROM newsletter_deliveries d JOIN subscribers s ON s.id = d.subscriber_id
                WHERE d.claim_token = :token AND d.status = 'CLAIMED' ORDER BY d.id""")
                .param("token", token)
                .query((rs, row) -> new Claimed(rs.getLong("delivery_id"), rs.getLong("send_id"), rs.getInt("attempts"),
                        Subscribers.map(rs)))
                .list();
    }

    /** The last step before the SMTP server: false if the claim is no longer ours. */
    boolean hand(long id, String token) {
        return jdbc.sql("UPDATE newsletter_deliveries SET status = 'HANDED' WHERE id = :id AND claim_token = :token AND status = 'CLAIMED'")
                .param("id", id)
                .param("token", token)
                .update() == 1;
    }

    void sent(long id, String token, Instant now) {
        jdbc.sql("""
                UPDATE newsletter_deliveries SET status = 'SENT', sent_at = :now, attempts = attempts + 1,
                       claim_token = NULL, claimed_until = NULL, last_error = NULL
                WHERE id = :id AND claim_token = :token""")
                .param("id", id)
                .param("token", token)
                .param("now", Subscribers.utc(now))
                .update();
    }

    void skip(long id, String token) {
        jdbc.sql("""
                UPDATE newsletter_deliveries SET status = 'SKIPPED', claim_token = NULL, claimed_until = NULL
                WHERE id = :id AND claim_token = :token""")
                .param("id", id)
                .param("token", token)
                .update();
    }

    /** Back in the queue for a later attempt, or FAILED once attempts run out. */
    void failed(long id, String token, boolean lastAttempt, Instant retryAt, @Nullable String error) {
        var text = error == null ? "Unknown error" : error.substring(0, Math.min(error.length(), 1000));
        jdbc.sql("""
                UPDATE newsletter_deliveries SET status = :status, attempts = attempts + 1, last_error = :error,
                       next_attempt_at = :next, claim_token = NULL, claimed_until = NULL
                WHERE id = :id AND claim_token = :token""")
                .param("status", lastAttempt ? DeliveryStatus.FAILED.name() : DeliveryStatus.QUEUED.name())
                .param("error", text)
                .param("next", Subscribers.utc(retryAt))
                .param("id", id)
                .param("token", token)
                .update();
    }

    /** How many rows of a send are in each state; tests and the benchmark count with it. */
    long count(long sendId, DeliveryStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM newsletter_deliveries WHERE send_id = :send AND status = :status")
                .param("send", sendId)
                .param("status", status.name())
                .query(Long.class)
                .single();
    }
}
