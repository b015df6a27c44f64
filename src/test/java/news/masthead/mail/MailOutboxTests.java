package news.masthead.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import news.masthead.OnH2;

/** With no SMTP server, mail is kept for staff to read; mail of a rolled-back change never leaves. */
@OnH2
@ApplicationModuleTest
@TestPropertySource(properties = {"masthead.demo.enabled=false", "masthead.mail.poll-every=100ms"})
class MailOutboxTests {

    @Autowired
    Postbox postbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAnSmtpServerMailIsKeptInTheOutbox() throws InterruptedException {
        long id = postbox.send(OutgoingMail.of("editor@example.org", "New comment awaiting moderation",
                "A reader commented.", "notification"));

        for (int i = 0; i < 100 && postbox.find(id).orElseThrow().status() != MailStatus.KEPT; i++) {
            Thread.sleep(50);
        }
        var kept = postbox.find(id).orElseThrow();
        assertThat(kept.status()).isEqualTo(MailStatus.KEPT);
        assertThat(kept.mail().text()).isEqualTo("A reader commented.");
        assertThat(postbox.recent("notification", 10)).extracting(StoredMail::id).contains(id);
    }

    @Test
    void mailQueuedInARolledBackTransactionIsNeverSent() {
        long before = postbox.counts().values().stream().mapToLong(Long::longValue).sum();
        transactions.executeWithoutResult(status -> {
            postbox.send(OutgoingMail.of("reader@example.org", "Thanks", "Thank you.", "receipt"));
            status.setRollbackOnly();
        });
        assertThat(postbox.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(before);
    }

    @Test
    void aMessageLeftHandedOverByAStoppedNodeIsNeverOfferedAgainButAClaimedOneIsTakenOver() {
        long handed = postbox.send(OutgoingMail.of("one@example.org", "Handed", "Offered when the node stopped.", "test"));
        long claimed = postbox.send(OutgoingMail.of("two@example.org", "Claimed", "Claimed, never offered.", "test"));
        jdbc.sql("""
                UPDATE outgoing_mail SET status = CASE WHEN id = :handed THEN 'HANDED' ELSE 'SENDING' END,
                       claim_token = 'stopped-node', claimed_until = :past
                WHERE id IN (:handed, :claimed)""")
                .param("handed", handed)
                .param("claimed", claimed)
                .param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .update();

        dispatcher.dispatchBatch();

        assertThat(postbox.find(handed).orElseThrow().status()).isEqualTo(MailStatus.UNCERTAIN);
        assertThat(postbox.find(claimed).orElseThrow().status()).isEqualTo(MailStatus.KEPT);
    }

    @Test
    void headerInjectionIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> OutgoingMail.of("reader@example.org\nBcc: all@example.org", "Hi", "Hello", "test"));
        assertThatIllegalArgumentException().isThrownBy(
                () -> postbox.send(OutgoingMail.of("reader@example.org", "Hi", "Hello", "test")
                        .withHeader("X-Note", "one\r\nBcc: all@example.org")));
    }
}
