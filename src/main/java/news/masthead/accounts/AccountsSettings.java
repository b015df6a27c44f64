package news.masthead.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard the admin is to guess into, and how long the links it e-mails stay good. A guesser
 * slows down after {@code throttleAfter} failures on one account within {@code window}, the
 * account locks after {@code lockAfter} (an administrator lifts it), and one network address may
 * fail {@code addressLimit} times within the window, whichever accounts it tries.
 */
@ConfigurationProperties("masthead.accounts")
public record AccountsSettings(@DefaultValue("5") int throttleAfter, @DefaultValue("10") int lockAfter,
        @DefaultValue("30") int addressLimit, @DefaultValue("15m") Duration window,
        @DefaultValue("72h") Duration invitationLifetime, @DefaultValue("1h") Duration resetLifetime) {
}
