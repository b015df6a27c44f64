package news.masthead.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Setup tokens, kept in the database as SHA-256 hashes so that every node accepts a link any node
 * printed, and a copy of the database gives nobody a working link. The tokens are 256 random bits,
 * so a fast hash is enough: there is nothing to guess.
 */
@Component
class SetupTokens {

    static final Duration LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    SetupTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    SetupToken issue() {
        var now = now();
        jdbc.sql("DELETE FROM setup_token WHERE expires_at <= :now").param("now", utc(now)).update();
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        var token = new SetupToken(Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
                now.plus(LIFETIME));
        jdbc.sql("INSERT INTO setup_token (token_hash, created_at, expires_at) VALUES (:hash, :createdAt, :expiresAt)")
                .param("hash", hash(token.value()))
                .param("createdAt", utc(now))
                .param("expiresAt", utc(token.expiresAt()))
                .update();
        return token;
    }

    boolean isValid(String token) {
        return jdbc.sql("SELECT COUNT(*) FROM setup_token WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", hash(token))
                .param("now", utc(now()))
                .query(Long.class)
                .single() > 0;
    }

    /** Uses the token up; true only for the one caller that held a live token, however many race. */
    boolean consume(String token) {
        return jdbc.sql("DELETE FROM setup_token WHERE token_hash = :hash AND expires_at > :now")
                .param("hash", hash(token))
                .param("now", utc(now()))
                .update() == 1;
    }

    void revokeAll() {
        jdbc.sql("DELETE FROM setup_token").update();
    }

    /** Whole milliseconds, which every database keeps exactly, so that a stored expiry compares as written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
