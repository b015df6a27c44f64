package news.masthead.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands queued mail to the SMTP server. Each round claims a batch with one conditional update, so
 * nodes never share a message; a failed message is tried again later, up to a limit. With no SMTP
 * server configured, messages are marked as kept: the outbox is where they are read.
 *
 * <p>Each message is marked HANDED, and committed, just before it is offered to the server. A node
 * that stops mid-batch leaves its other claimed messages SENDING, and they are taken over once the
 * claim runs out; the one it was offering stays HANDED and becomes UNCERTAIN instead of being
 * offered again, since the server may already have accepted it.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final Clock clock;

    MailDispatcher(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, MailSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.senders = senders;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${masthead.mail.poll-every:1s}", initialDelayString = "${masthead.mail.poll-every:1s}")
    void dispatch() {
        int handled;
        do {
            handled = dispatchBatch();
        }
        while (handled == settings.batchSize());
    }

    /** Claims up to a batch of due messages and sends them; answers how many it claimed. */
    int dispatchBatch() {
        var sender = senders.getIfAvailable();
        var now = clock.instant();
        jdbc.sql("""
                UPDATE outgoing_mail SET status = 'UNCERTAIN', last_error = 'The sender stopped while handing it over'
                WHERE status = 'HANDED' AND claimed_until < :now""")
                .param("now", Postbox.utc(now))
                .update();
        var token = UUID.randomUUID().toString();
        int claimed = jdbc.sql("""
                UPDATE outgoing_mail SET status = 'SENDING', claim_token = :token, claimed_until = :until
                WHERE id IN (SELECT id FROM outgoing_mail
                             WHERE (status = 'QUEUED' AND next_attempt_at <= :now)
                                OR (status = 'SENDING' AND claimed_until < :now)
                             ORDER BY id FETCH FIRST :batch ROWS ONLY)
                  AND (status = 'QUEUED' OR (status = 'SENDING' AND claimed_until < :now))""")
                .param("token", token)
                .param("until", Postbox.utc(now.plus(settings.claimTimeout())))
                .param("now", Postbox.utc(now))
                .param("batch", settings.batchSize())
                .update();
        if (claimed == 0) {
            return 0;
        }
        List<StoredMail> batch = jdbc.sql("SELECT * FROM outgoing_mail WHERE claim_token = :token ORDER BY id")
                .param("token", token)
                .query((rs, row) -> StoredMailRows.map(rs))
                .list();
        for (var mail : batch) {
            if (sender == null) {
                finish(mail, MailStatus.KEPT, null);
                continue;
            }
            if (!hand(mail, token)) {
                continue;
            }
            try {
                sender.send(message -> MimeMessages.write(message, mail.mail(), settings.from()));
                finish(mail, MailStatus.SENT, null);
            }
            catch (MailException e) {
                log.warn("Could not send message {} ({}): {}", mail.id(), mail.mail().purpose(), e.getMessage());
                retryOrGiveUp(mail, e.getMessage());
            }
        }
        return claimed;
    }

    /** The last step before the SMTP server; false if another node has taken the claim over. */
    private boolean hand(StoredMail mail, String token) {
        return jdbc.sql("UPDATE outgoing_mail SET status = 'HANDED' WHERE id = :id AND claim_token = :token AND status = 'SENDING'")
                .param("id", mail.id())
                .param("token", token)
                .update() == 1;
    }

    private void finish(StoredMail mail, MailStatus status, @Nullable String error) {
        jdbc.sql("""
                UPDATE outgoing_mail SET status = :status, sent_at = :now, attempts = attempts + 1,
                       last_error = :error, claim_token = NULL, claimed_until = NULL
                WHERE id = :id""")
                .param("status", status.name())
                .param("now", Postbox.utc(clock.instant()))
                .param("error", error)
                .param("id", mail.id())
                .update();
    }

    private void retryOrGiveUp(StoredMail mail, @Nullable String error) {
        var shortError = error == null ? "Unknown error" : error.substring(0, Math.min(error.length(), 1000));
        boolean last = mail.attempts() + 1 >= settings.maxAttempts();
        jdbc.sql("""
                UPDATE outgoing_mail SET status = :status, attempts = attempts + 1, last_error = :error,
                       next_attempt_at = :next, claim_token = NULL, claimed_until = NULL
                WHERE id = :id""")
                .param("status", last ? MailStatus.FAILED.name() : MailStatus.QUEUED.name())
                .param("error", shortError)
                .param("next", Postbox.utc(clock.instant().plus(settings.retryAfter().multipliedBy(mail.attempts() + 1))))
                .param("id", mail.id())
                .update();
    }
}
