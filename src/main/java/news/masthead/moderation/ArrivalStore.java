package news.masthead.moderation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What screening remembers between submissions, shared by every node through the database: recent
 * arrivals (for flood control and repeated text), spent form tokens, and each commenter's record.
 * Addresses and e-mails are stored only as keyed hashes ({@link Identities}).
 */
@Repository
class ArrivalStore {

    /** The newest arrivals kept for each value of each band of a text's similarity hash. */
    static final int BAND_ROWS = 200;

    /** Past arrivals by the same sender. */
    record Recent(int byAddress, int byEmail) {
    }

    /** A commenter's record with moderators. */
    record History(int approved, int spam) {
    }

    private final JdbcClient jdbc;
    private final RecentTexts recentTexts;
    /**
     * A savepoint in the caller's transaction, or a transaction of its own when there is none. Not
     * a new transaction inside the caller's: that would need a second pooled connection while the
     * caller holds one, and a burst of comments could then hold every connection while each waits
     * for another.
     */
    private final TransactionTemplate savepoint;

    ArrivalStore(JdbcClient jdbc, RecentTexts recentTexts, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.recentTexts = recentTexts;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    Recent recent(@Nullable String address, @Nullable String email, Instant since) {
        return new Recent(count("address_hash", address, since), count("email_hash", email, since));
    }

    private int count(String column, @Nullable String hash, Instant since) {
        if (hash == null) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM screened_submission WHERE " + column + " = :hash AND received_at > :since")
                .param("hash", hash).param("since", utc(since)).query(Integer.class).single();
    }

    /** Whether the same sender already sent this text to this form. */
    boolean repeated(String form, String bodyHash, @Nullable String address, @Nullable String email, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM screened_submission WHERE body_hash = :body AND form = :form"
                + " AND received_at > :since AND (email_hash = :email OR address_hash = :address)")
                .param("body", bodyHash).param("form", form).param("since", utc(since))
                .param("email", email == null ? "-" : email).param("address", address == null ? "-" : address)
                .query(Integer.class).single() > 0;
    }

    /**
     * How many arrivals from other senders carried nearly the same text, counted up to {@code most}:
     * answered from each node's index of recent similarity hashes, which follows this table.
     */
    int similarFromOthers(long hash, @Nullable String email, Instant since, int most) {
        return recentTexts.similarFromOthers(hash, email, since, most);
    }

    void record(String form, Instant at, @Nullable String address, @Nullable String email, String bodyHash,
            long similarity) {
        jdbc.sql("INSERT INTO screened_submission (form, received_at, address_hash, email_hash, body_hash, similarity)"
                + " VALUES (:form, :at, :address, :email, :body, :similarity)")
                .param("form", form).param("at", utc(at)).param("address", address).param("email", email)
                .param("body", bodyHash).param("similarity", similarity).update();
    }

    /**
     * Spends a token: true the first time on any node, false after. The token is spent with the
     * caller's transaction, in a savepoint, so that two nodes racing for one token cannot break the
     * comment's transaction; a comment whose transaction is rolled back leaves its token unspent, and
     * the reader can send the same form again.
     */
    boolean spend(String key, Instant at) {
        Boolean first = savepoint.execute(status -> {
            var seen = jdbc.sql("SELECT COUNT(*) FROM form_token_use WHERE token_key = :key").param("key", key)
                    .query(Integer.class).single();
            if (seen > 0) {
                return false;
            }
            try {
                jdbc.sql("INSERT INTO form_token_use (token_key, used_at) VALUES (:key, :at)").param("key", key)
                        .param("at", utc(at)).update();
                return true;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                status.setRollbackOnly();
                return false;
            }
        });
        return Boolean.TRUE.equals(first);
    }

    History history(@Nullable String email) {
        if (email == null) {
            return new History(0, 0);
        }
        return jdbc.sql("SELECT approved, spam FROM commenter_history WHERE email_hash = :email").param("email", email)
                .query((rs, n) -> new History(rs.getInt(1), rs.getInt(2))).optional().orElse(new History(0, 0));
    }

    /**
     * Adds a decision to the commenter's record. The first row is made in a savepoint, so that two
     * decisions on a new commenter racing each other cannot break the caller's transaction.
     */
    void addToHistory(String email, boolean approved, Instant at) {
        if (updateHistory(email, approved, at) > 0) {
            return;
        }
        Boolean inserted = savepoint.execute(status -> {
            try {
                jdbc.sql("INSERT INTO commenter_history (email_hash, approved, spam, updated_at)"
                        + " VALUES (:email, :approved, :spam, :at)")
                        .param("email", email).param("approved", approved ? 1 : 0).param("spam", approved ? 0 : 1)
                        .param("at", utc(at)).update();
                return true;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                status.setRollbackOnly();
                return false;
            }
        });
        if (!Boolean.TRUE.equals(inserted)) {
            updateHistory(email, approved, at);
        }
    }

    private int updateHistory(String email, boolean approved, Instant at) {
        return jdbc.sql("UPDATE commenter_history SET approved = approved + :approved, spam = spam + :spam,"
                + " updated_at = :at WHERE email_hash = :email")
                .param("approved", approved ? 1 : 0).param("spam", approved ? 0 : 1).param("at", utc(at))
                .param("email", email).update();
    }

    /** Forgets arrivals and spent tokens older than {@code before}. */
    int purge(Instant before) {
        return jdbc.sql("DELETE FROM screened_submission WHERE received_at < :before").param("before", utc(before))
                .update()
                + jdbc.sql("DELETE FROM form_token_use WHERE used_at < :before").param("before", utc(before)).update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
