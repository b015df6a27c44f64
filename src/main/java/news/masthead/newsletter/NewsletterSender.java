package news.masthead.newsletter;

import java.time.Clock;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import news.masthead.mail.MailRelay;
import news.masthead.mail.MailRelay.RelayFailed;
import news.masthead.mail.OutgoingMail;

/**
 * Works through the queue of deliveries, a claimed batch at a time, at the configured rate.
 *
 * <p>No message goes out twice, even if a node dies mid-send: each row is marked HANDED (and
 * committed) just before its message is offered to the SMTP server and SENT just after the server
 * accepts it. A node that stops leaves at most one row per sender HANDED; when its claim runs out,
 * that row is set aside as UNCERTAIN rather than offered again, and the rest of its batch, never
 * offered, is taken over by the next sender. The window that remains is between the server's
 * acceptance and the SENT update: a message accepted there is recorded as UNCERTAIN though it
 * arrived, and one refused there (a rare broken connection) is UNCERTAIN though it did not. Either
 * way nobody gets it twice; the admin shows how many are uncertain.
 */
@Component
class NewsletterSender {

    private static final Logger log = LoggerFactory.getLogger(NewsletterSender.class);

    private final Deliveries deliveries;
    private final Sends sends;
    private final NewsletterMails mails;
    private final MailRelay relay;
    private final NewsletterSettings settings;
    private final Clock clock;
    private final HashMap<Long, Letter> letters = new HashMap<>();
    private long nextSlot = System.nanoTime();

    NewsletterSender(Deliveries deliveries, Sends sends, NewsletterMails mails, MailRelay relay,
            NewsletterSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.sends = sends;
        this.mails = mails;
        this.relay = relay;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${masthead.newsletter.poll-every:5s}",
            initialDelayString = "${masthead.newsletter.poll-every:5s}")
    synchronized void sendDue() {
        while (sendBatch() > 0) {
            // Keep going while there is work; the rate is kept per message.
        }
    }

    /** Claims one batch and sends it; answers how many deliveries it claimed. */
    synchronized int sendBatch() {
        var now = clock.instant();
        deliveries.setAsideAbandoned(now);
        var token = UUID.randomUUID().toString();
        int limit = batchSize();
        var batch = deliveries.claim(token, limit, now, now.plus(settings.claimTimeout()));
        if (batch.isEmpty()) {
            sends.finishDone(now);
            return 0;
        }
        if (letters.size() > 20) {
            letters.clear();
        }
        try (var connection = relay.open()) {
            for (var delivery : batch) {
                var subscriber = delivery.subscriber();
                var letter = letters.computeIfAbsent(delivery.sendId(), sends::letter);
                var mail = subscriber.status() == SubscriberStatus.CONFIRMED
                        ? mails.newsletter(letter, subscriber) : Optional.<OutgoingMail>empty();
                if (mail.isEmpty()) {
                    deliveries.skip(delivery.id(), token);
                    continue;
                }
                pace();
                if (!deliveries.hand(delivery.id(), token)) {
                    continue;
                }
                try {
                    connection.deliver(mail.get());
                    deliveries.sent(delivery.id(), token, clock.instant());
                }
                catch (RelayFailed e) {
                    boolean last = delivery.attempts() + 1 >= settings.maxAttempts();
                    log.warn("Newsletter delivery {} failed (attempt {}): {}", delivery.id(), delivery.attempts() + 1,
                            e.getMessage());
                    deliveries.failed(delivery.id(), token, last,
                            clock.instant().plus(settings.retryAfter().multipliedBy(delivery.attempts() + 1)),
                            e.getMessage());
                }
            }
        }
        if (batch.size() < limit) {
            // The queue ran dry: some sends may have just finished. Looking sooner would read a long queue for nothing.
            sends.finishDone(clock.instant());
        }
        return batch.size();
    }

    /** A batch should take about a minute at most, well inside the claim. */
    private int batchSize() {
        double rate = settings.ratePerSecond();
        return rate <= 0 ? settings.batchSize() : (int) Math.max(1, Math.min(settings.batchSize(), rate * 60));
    }

    private void pace() {
        double rate = settings.ratePerSecond();
        if (rate <= 0) {
            return;
        }
        long now = System.nanoTime();
        nextSlot = Math.max(nextSlot, now - TimeUnit.SECONDS.toNanos(1)) + (long) (1_000_000_000L / rate);
        if (nextSlot > now) {
            LockSupport.parkNanos(nextSlot - now);
        }
    }
}
