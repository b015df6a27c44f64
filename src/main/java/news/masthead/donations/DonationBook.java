package news.masthead.donations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The donation tables: events already acted on, monthly gifts and the ledger itself. */
@Component
class DonationBook {

    private final JdbcClient jdbc;

    DonationBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Notes an event as acted on; false if it already was, in which case nothing more is done. */
    boolean firstSighting(String eventId, String type, Instant at) {
        var known = jdbc.sql("SELECT COUNT(*) FROM stripe_event WHERE id = :id").param("id", eventId)
                .query(Long.class).single();
        if (known > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO stripe_event (id, event_type, received_at) VALUES (:id, :type, :at)")
                .param("id", eventId).param("type", type).param("at", utc(at)).update();
        return true;
    }

    boolean hasPayment(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM donation WHERE payment_reference = :reference")
                .param("reference", reference).query(Long.class).single() > 0;
    }

    Donation add(String reference, Instant at, Money amount, Frequency frequency, String donorName,
            String donorEmail, @Nullable String displayName, @Nullable Long articleId, @Nullable Long giftId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO donation (payment_reference, received_at, amount_minor, currency, frequency, donor_name,
                                      donor_email, display_name, article_id, monthly_gift_id)
                VALUES (:reference, :at, :amount, :currency, :frequency, :name, :email, :display, :article, :gift)""")
                .param("reference", reference).param("at", utc(at)).param("amount", amount.minor())
                .param("currency", amount.currency()).param("frequency", frequency.name())
                .param("name", donorName).param("email", donorEmail).param("display", displayName)
                .param("article", articleId).param("gift", giftId)
                .update(keys, "id");
        return new Donation(key(keys), reference, at, amount, frequency, donorName, donorEmail, displayName,
                articleId);
    }

    MonthlyGift startMonthly(String subscriptionId, Instant at, Money amount, String donorName, String donorEmail,
            @Nullable String displayName, @Nullable Long articleId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO monthly_gift (subscription_id, donor_name, donor_email, display_name, article_id,
                                          amount_minor, currency, started_at)
                VALUES (:subscription, :name, :email, :display, :article, :amount, :currency, :at)""")
                .param("subscription", subscriptionId).param("name", donorName).param("email", donorEmail)
                .param("display", displayName).param("article", articleId).param("amount", amount.minor())
                .param("currency", amount.currency()).param("at", utc(at))
                .update(keys, "id");
        return new MonthlyGift(key(keys), subscriptionId, donorName, donorEmail, displayName, articleId, amount, at,
                null);
    }

    Optional<MonthlyGift> gift(long id) {
        return jdbc.sql("SELECT * FROM monthly_gift WHERE id = :id").param("id", id)
                .query((rs, n) -> gift(rs)).optional();
    }

    Optional<MonthlyGift> giftBySubscription(String subscriptionId) {
        return jdbc.sql("SELECT * FROM monthly_gift WHERE subscription_id = :id").param("id", subscriptionId)
                .query((rs, n) -> gift(rs)).optional();
    }

    /** Ends a gift once; a second ending (the webhook after our own cancel) keeps the first date. */
    boolean end(long giftId, Instant at) {
        return jdbc.sql("UPDATE monthly_gift SET ended_at = :at WHERE id = :id AND ended_at IS NULL")
                .param("id", giftId).param("at", utc(at)).update() == 1;
    }

    List<Donation> newestFirst(int limit) {
        return jdbc.sql("SELECT * FROM donation ORDER BY received_at DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit).query((rs, n) -> donation(rs)).list();
    }

    List<Donation> all() {
        return jdbc.sql("SELECT * FROM donation ORDER BY received_at, id").query((rs, n) -> donation(rs)).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM donation").query(Long.class).single();
    }

    /** Names of donors who asked to be shown, each once, most recent supporter first. */
    List<String> displayNames(int limit) {
        return jdbc.sql("""
                SELECT display_name, MAX(received_at) AS latest FROM donation
                WHERE display_name IS NOT NULL
                GROUP BY display_name
                ORDER BY latest DESC
                FETCH FIRST :limit ROWS ONLY""")
                .param("limit", limit).query((rs, n) -> rs.getString("display_name")).list();
    }

    private static Donation donation(ResultSet rs) throws SQLException {
        return new Donation(rs.getLong("id"), rs.getString("payment_reference"), instant(rs, "received_at"),
                new Money(rs.getLong("amount_minor"), rs.getString("currency")),
                Frequency.valueOf(rs.getString("frequency")), rs.getString("donor_name"), rs.getString("donor_email"),
                rs.getString("display_name"), rs.getObject("article_id", Long.class));
    }

    private static MonthlyGift gift(ResultSet rs) throws SQLException {
        var ended = rs.getObject("ended_at", OffsetDateTime.class);
        return new MonthlyGift(rs.getLong("id"), rs.getString("subscription_id"), rs.getString("donor_name"),
                rs.getString("donor_email"), rs.getString("display_name"), rs.getObject("article_id", Long.class),
                new Money(rs.getLong("amount_minor"), rs.getString("currency")), instant(rs, "started_at"),
                ended == null ? null : ended.toInstant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static long key(GeneratedKeyHolder keys) {
        var key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("No key was generated");
        }
        return key.longValue();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
