package news.masthead.contact;

import java.time.Instant;

/** A message as the newsroom's inbox shows it; {@code spam} when the spam engine caught it. */
public record ContactMessage(long id, String senderName, String senderEmail, String subject, String body,
        String verdict, double score, Instant receivedAt) {

    public boolean spam() {
        return "SPAM".equals(verdict) || "DISCARD".equals(verdict);
    }
}
