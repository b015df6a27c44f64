package news.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import news.masthead.mail.MailRelay;

/**
 * A sender that stops in the middle of a batch, as a node does when it crashes: what it had handed
 * over is never sent again, what it had only claimed is taken over once its claim runs out, and
 * every recipient ends up with exactly one copy at the SMTP server.
 */
class NewsletterResumeTests extends MailedSiteTest {

    private static final long SECTION = 987_654;

    @Autowired
    Subscribers subscribers;

    @Autowired
    Sends sends;

    @Autowired
    Deliveries deliveries;

    @Autowired
    NewsletterMails mails;

    @Autowired
    MailRelay relay;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSendInterruptedMidBatchResumesWithoutMailingAnyoneTwice() throws Exception {
        var addresses = new ArrayList<String>();
        for (int i = 0; i < 40; i++) {
            var address = "resume-" + i + "@example.org";
            addresses.add(address);
            var subscriber = subscribers.save(Subscriber.signUp(address, Frequency.WEEKLY, Set.of(SECTION), Instant.now()));
            subscribers.save(subscriber.confirm(Instant.now()));
        }
        var subject = "Resumed after a crash";
        var item = new SendItem(1, SECTION, "Harbour reopens", "Boats are back.", "/articles/harbour-reopens", null);

        // Queued and claimed in one transaction, so the running sender cannot take the batch first.
        var crashed = transactions.execute(status -> {
            var now = Instant.now();
            long sendId = sends.create("resume-test", SendKind.DIGEST, subject, List.of(item), Frequency.WEEKLY, now);
            return new Object[] {sendId, deliveries.claim("crashed-sender", 15, now, now.plus(Duration.ofSeconds(3)))};
        });
        long sendId = (Long) crashed[0];
        @SuppressWarnings("unchecked")
        var batch = (List<Deliveries.Claimed>) crashed[1];
        assertThat(batch).hasSize(15);

        // The stopped sender got through four messages, and stopped after the server accepted the fifth
        // but before it could record that.
        var letter = sends.letter(sendId);
        try (var connection = relay.open()) {
            for (int i = 0; i < 5; i++) {
                var delivery = batch.get(i);
                assertThat(deliveries.hand(delivery.id(), "crashed-sender")).isTrue();
                connection.deliver(mails.newsletter(letter, delivery.subscriber()).orElseThrow());
                if (i < 4) {
                    deliveries.sent(delivery.id(), "crashed-sender", Instant.now());
                }
            }
        }

        for (int i = 0; i < 300 && open(sendId) > 0; i++) {
            Thread.sleep(50);
        }
        assertThat(open(sendId)).as("deliveries left").isZero();
        for (var address : addresses) {
            var copies = Smtp.to(address).stream().filter(message -> {
                try {
                    return subject.equals(message.getSubject());
                }
                catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertThat(copies).as(address).isEqualTo(1);
        }
        assertThat(deliveries.count(sendId, DeliveryStatus.SENT)).isEqualTo(39);
        assertThat(deliveries.count(sendId, DeliveryStatus.UNCERTAIN)).isEqualTo(1);
        assertThat(sends.recent(50)).filteredOn(progress -> progress.id() == sendId).singleElement()
                .satisfies(progress -> {
                    assertThat(progress.sent()).isEqualTo(39);
                    assertThat(progress.uncertain()).isEqualTo(1);
                    assertThat(progress.left()).isZero();
                });
    }

    private long open(long sendId) {
        return deliveries.count(sendId, DeliveryStatus.QUEUED) + deliveries.count(sendId, DeliveryStatus.CLAIMED)
                + deliveries.count(sendId, DeliveryStatus.HANDED);
    }
}
