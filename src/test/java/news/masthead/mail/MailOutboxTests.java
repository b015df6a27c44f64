package news.masthead.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
    void headerInjectionIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> OutgoingMail.of("reader@example.org\nBcc: all@example.org", "Hi", "Hello", "test"));
        assertThatIllegalArgumentException().isThrownBy(
                () -> postbox.send(OutgoingMail.of("reader@example.org", "Hi", "Hello", "test")
                        .withHeader("X-Note", "one\r\nBcc: all@example.org")));
    }
}
