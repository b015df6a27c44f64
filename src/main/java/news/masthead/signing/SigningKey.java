package news.masthead.signing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site's signing key: {@code MASTHEAD_SECRET} when set, else one made at random on first use
 * and kept in the database, where the first node to start writes it and the others read it. The
 * key is written and read in transactions of its own: a caller's rollback must not leave this node
 * holding a key that no other node will ever see.
 */
@Component
class SigningKey {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final String configured;
    private volatile byte[] bytes;

    SigningKey(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${MASTHEAD_SECRET:}") String configured) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.configured = configured;
        this.bytes = new byte[0];
    }

    byte[] bytes() {
        if (bytes.length == 0) {
            bytes = configured.isBlank() ? stored() : configured.getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    private byte[] stored() {
        var existing = separately.execute(status -> read());
        if (existing != null) {
            return existing;
        }
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            separately.executeWithoutResult(status -> jdbc
                    .sql("INSERT INTO signing_key (name, secret) VALUES ('default', :secret)")
                    .param("secret", Base64.getEncoder().encodeToString(fresh))
                    .update());
        }
        catch (DuplicateKeyException anotherNodeWasFirst) {
            // fall through and read the key it wrote
        }
        var written = separately.execute(status -> read());
        if (written == null) {
            throw new IllegalStateException("The signing key could not be stored");
        }
        return written;
    }

    private byte @Nullable [] read() {
        return jdbc.sql("SELECT secret FROM signing_key WHERE name = 'default'")
                .query(String.class)
                .optional()
                .map(Base64.getDecoder()::decode)
                .orElse(null);
    }
}
