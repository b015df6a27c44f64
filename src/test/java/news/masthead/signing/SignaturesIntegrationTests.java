package news.masthead.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Signing with the key kept in the database, as several nodes share it. Runs on H2 and PostgreSQL.
 * The key is stored once and for good, so these tests commit: a rolled-back key would differ from
 * the one the application keeps in memory.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "masthead.demo.enabled=false")
abstract class SignaturesIntegrationTests {

    @Autowired
    Signatures signatures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void verifiesWhatItSigned() {
        var signature = signatures.sign("comment-awaiting-moderation", "1234");

        assertThat(signature).matches("[A-Za-z0-9_-]{43}");
        assertThat(signatures.verify("comment-awaiting-moderation", "1234", signature)).isTrue();
    }

    @Test
    void rejectsAnythingTamperedWith() {
        var signature = signatures.sign("unsubscribe", "reader@example.net");
        var flipped = (signature.charAt(5) == 'x' ? 'y' : 'x');
        var tampered = signature.substring(0, 5) + flipped + signature.substring(6);

        assertThat(signatures.verify("unsubscribe", "reader@example.net", tampered)).isFalse();
        assertThat(signatures.verify("unsubscribe", "other@example.net", signature)).isFalse();
        assertThat(signatures.verify("unsubscribe", "reader@example.net ", signature)).isFalse();
        assertThat(signatures.verify("subscribe", "reader@example.net", signature)).isFalse();
        assertThat(signatures.verify("unsubscribe", "reader@example.net", signature.substring(1))).isFalse();
        assertThat(signatures.verify("unsubscribe", "reader@example.net", signature + "A")).isFalse();
        assertThat(signatures.verify("unsubscribe", "reader@example.net", "")).isFalse();
        assertThat(signatures.verify("unsubscribe", "reader@example.net", "é".repeat(43))).isFalse();
    }

    @Test
    void purposesCannotBeConfusedByMovingTheBoundary() {
        assertThat(signatures.sign("ab", "c")).isNotEqualTo(signatures.sign("a", "bc"));
    }

    @Test
    void nodesSharingTheDatabaseShareTheKey() {
        var firstNode = new Signatures(new SigningKey(jdbc, transactions, ""));
        var secondNode = new Signatures(new SigningKey(jdbc, transactions, ""));

        var signature = firstNode.sign("comment-awaiting-moderation", "77");

        assertThat(secondNode.verify("comment-awaiting-moderation", "77", signature)).isTrue();
        assertThat(signatures.verify("comment-awaiting-moderation", "77", signature)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM signing_key").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aConfiguredSecretTakesThePlaceOfTheStoredKey() {
        var configured = new Signatures(new SigningKey(jdbc, transactions, "a secret from the environment"));
        var sameSecret = new Signatures(new SigningKey(jdbc, transactions, "a secret from the environment"));

        var signature = configured.sign("purpose", "value");

        assertThat(sameSecret.verify("purpose", "value", signature)).isTrue();
        assertThat(signatures.verify("purpose", "value", signature)).isFalse();
    }
}
