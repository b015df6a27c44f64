package news.masthead.newsletter;

import java.time.DayOfWeek;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the newsletter behaves.
 *
 * @param sendOnPublish send every newly published article to subscribers who want each article
 * @param ratePerSecond messages handed to the SMTP server per second by one node; 0 for no limit
 * @param claimTimeout how long a sender may hold a batch before another node assumes it stopped
 * @param noticesPerDay mails about the subscription itself (confirmations, reminders) per address per day
 * @param digestHour the hour of the day, in the site's time zone, when digests are queued
 */
@ConfigurationProperties("masthead.newsletter")
public record NewsletterSettings(@DefaultValue("true") boolean sendOnPublish,
        @DefaultValue("20") double ratePerSecond, @DefaultValue("100") int batchSize,
        @DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration retryAfter,
        @DefaultValue("10m") Duration claimTimeout, @DefaultValue("3") int noticesPerDay,
        @DefaultValue("7") int digestHour, @DefaultValue("MONDAY") DayOfWeek weeklyOn) {
}
