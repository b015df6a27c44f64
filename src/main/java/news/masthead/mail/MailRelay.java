package news.masthead.mail;

import java.time.Clock;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

/**
 * Hands many messages to the SMTP server over one connection, for senders that keep their own
 * queue (the newsletter has a row per recipient and cannot afford one per message here too).
 * {@link Connection#deliver} returns once the server has accepted the message, so the caller can
 * record that straight away. Without an SMTP server the message is kept in the outbox instead,
 * which counts as accepted.
 */
@Service
public class MailRelay {

    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    MailRelay(ObjectProvider<JavaMailSender> senders, MailSettings settings, JdbcClient jdbc, Clock clock) {
        this.senders = senders;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Connection open() {
        return new Connection(senders.getIfAvailable());
    }

    /** The server refused a message or could not be reached; the message did not leave. */
    public static class RelayFailed extends Exception {

        RelayFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One SMTP session, opened on first use and again if the server drops it. Not thread-safe. */
    public final class Connection implements AutoCloseable {

        private final @Nullable JavaMailSender sender;
        private @Nullable Transport transport;

        private Connection(@Nullable JavaMailSender sender) {
            this.sender = sender;
        }

        public void deliver(OutgoingMail mail) throws RelayFailed {
            if (sender == null) {
                keep(mail);
                return;
            }
            try {
                var message = sender.createMimeMessage();
                MimeMessages.write(message, mail, settings.from());
                message.saveChanges();
                if (sender instanceof JavaMailSenderImpl smtp) {
                    transport(smtp).sendMessage(message, message.getAllRecipients());
                }
                else {
                    sender.send(message);
                }
            }
            catch (MessagingException | RuntimeException e) {
                close();
                throw new RelayFailed(String.valueOf(e.getMessage()), e);
            }
        }

        private Transport transport(JavaMailSenderImpl smtp) throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                var fresh = smtp.getSession().getTransport(smtp.getProtocol() == null ? "smtp" : smtp.getProtocol());
                fresh.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
                transport = fresh;
            }
            return transport;
        }

        private void keep(OutgoingMail mail) {
            var now = Postbox.utc(clock.instant());
            jdbc.sql("""
                    INSERT INTO outgoing_mail (recipient, subject, text_body, html_body, headers, purpose, status,
                                               attempts, queued_at, next_attempt_at, sent_at)
                    VALUES (:to, :subject, :text, :html, :headers, :purpose, 'KEPT', 1, :now, :now, :now)""")
                    .param("to", mail.to())
                    .param("subject", mail.subject())
                    .param("text", mail.text())
                    .param("html", mail.html())
                    .param("headers", HeaderLines.format(mail.headers()))
                    .param("purpose", mail.purpose())
                    .param("now", now)
                    .update();
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                }
                catch (MessagingException e) {
                    // The session is over either way.
                }
                transport = null;
            }
        }
    }
}
