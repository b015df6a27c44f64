package news.masthead.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in the database, so that a guesser spread over several nodes meets one
 * limit. Attempts refused for being too many count too: hammering a throttled account locks it
 * sooner rather than waiting it out.
 */
@Component
class SignInThrottle {

    /** Why an attempt is refused before its password is even checked. */
    enum Refusal {
        ACCOUNT_THROTTLED, ADDRESS_THROTTLED
    }

    /** Failures are forgotten a day after they happen, or as soon as the account signs in. */
    private static final Duration MEMORY = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final AccountsSettings settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, AccountsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Refusal> refusal(String email, String address) {
        var since = utc(clock.instant().minus(settings.window()));
        if (count("address", address, since) >= settings.addressLimit()) {
            return Optional.of(Refusal.ADDRESS_THROTTLED);
        }
        if (count("email", StaffMember.normalizeEmail(email), since) >= settings.throttleAfter()) {
            return Optional.of(Refusal.ACCOUNT_THROTTLED);
        }
        return Optional.empty();
    }

    /** Records a failure and says whether the account has now failed often enough to lock. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean failed(String email, String address) {
        var now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_failure WHERE at < :before").param("before", utc(now.minus(MEMORY))).update();
        var normalized = StaffMember.normalizeEmail(email);
        jdbc.sql("INSERT INTO sign_in_failure (at, email, address) VALUES (:at, :email, :address)")
                .param("at", utc(now))
                .param("email", normalized.length() > 254 ? normalized.substring(0, 254) : normalized)
                .param("address", address.length() > 64 ? address.substring(0, 64) : address)
                .update();
        return count("email", normalized, utc(now.minus(MEMORY))) >= settings.lockAfter();
    }

    @Transactional
    void succeeded(String email) {
        forget(email);
    }

    @Transactional
    void forget(String email) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE email = :email")
                .param("email", StaffMember.normalizeEmail(email))
                .update();
    }

    private long count(String column, String value, OffsetDateTime since) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE " + column + " = :value AND at >= :since")
                .param("value", value)
                .param("since", since)
                .query(Long.class)
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
