package news.masthead.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail leaves: the sender's address, how many messages a batch takes, and how failures are
 * retried. The SMTP server itself is Spring Boot's {@code spring.mail.*} (set from
 * {@code MASTHEAD_SMTP_*}); with no host set, mail is kept in the outbox.
 */
@ConfigurationProperties("masthead.mail")
public record MailSettings(@DefaultValue("Newsroom <newsroom@localhost>") String from,
        @DefaultValue("50") int batchSize, @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration retryAfter, @DefaultValue("5m") Duration claimTimeout) {
}
