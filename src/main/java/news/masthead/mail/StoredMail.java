package news.masthead.mail;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A message as the outbox keeps it. */
public record StoredMail(long id, OutgoingMail mail, MailStatus status, int attempts, @Nullable String lastError,
        Instant queuedAt, @Nullable Instant sentAt) {

    public String to() {
        return mail.to();
    }

    public String subject() {
        return mail.subject();
    }

    public Map<String, String> headers() {
        return mail.headers();
    }
}
