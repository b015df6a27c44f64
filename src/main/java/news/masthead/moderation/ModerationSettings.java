package news.masthead.moderation;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How moderation weighs its checks. Scores are points: a total at or above {@code holdAt} is held
 * for a moderator, at or above {@code spamAt} goes to spam, at or above {@code discardAt} is dropped.
 *
 * @param spamAt points for spam; high enough that the classifier alone must be five to one sure
 *        (83%), so that a short, plain comment it is unsure of waits for a moderator instead of
 *        vanishing
 * @param classifierWeight points the classifier gives a certain spam (and takes from a certain
 *        ham, halved); a probability of one half gives none. Cross-validation chose it: of 10,
 *        12 and 14, 12 is the most that marked no real comment of the shipped corpus as spam, and
 *        it kept real comments marked spam under 2% when each development video of the YouTube
 *        collection was judged by a model trained on the others
 * @param linkLimit links a reader's comment may carry before each further one counts against it
 * @param couldNotRunScore points for a check that failed: a signal, never a way around the others
 * @param refreshEvery how often a node looks whether another one has changed the shared model
 * @param honeypotScore points for a filled-in honeypot
 * @param keepArrivals how long screening remembers arrivals (hashed) for flood and repeat checks
 * @param sharedAddresses addresses that many people send from (the newsroom's proxy or office, a
 *        benchmark's client): nothing is counted against them per address, only per e-mail
 */
@ConfigurationProperties("masthead.moderation")
public record ModerationSettings(
        @DefaultValue("0.5") double holdAt,
        @DefaultValue("8") double spamAt,
        @DefaultValue("12") double discardAt,
        @DefaultValue("12") double classifierWeight,
        @DefaultValue("2") int linkLimit,
        @DefaultValue("1") double couldNotRunScore,
        @DefaultValue("5s") Duration refreshEvery,
        @DefaultValue("8") double honeypotScore,
        @DefaultValue("30d") Duration keepArrivals,
        @DefaultValue List<String> sharedAddresses,
        @DefaultValue Tokens tokens,
        @DefaultValue Flood flood,
        @DefaultValue Akismet akismet) {

    /**
     * Form tokens: a form sent sooner than {@code minAge} after it was shown was not filled in by a
     * person; a page's token older than {@code pageMaxAge}, or a fresh one older than
     * {@code freshMaxAge}, was kept for later use.
     */
    public record Tokens(@DefaultValue("3s") Duration minAge, @DefaultValue("7d") Duration pageMaxAge,
            @DefaultValue("1d") Duration freshMaxAge) {
    }

    /**
     * Flood control: at most {@code limit} submissions per address and per e-mail within
     * {@code window} (WordPress allows one per 15 seconds); 0 turns it off.
     */
    public record Flood(@DefaultValue("1") int limit, @DefaultValue("15s") Duration window) {
    }

    /**
     * The optional Akismet check, on when {@code key} is set: {@code site} is the site's address as
     * registered with Akismet.
     */
    public record Akismet(@DefaultValue("") String key, @DefaultValue("") String site,
            @DefaultValue("https://rest.akismet.com/1.1") String baseUrl, @DefaultValue("3s") Duration timeout) {

        boolean enabled() {
            return !key.isBlank();
        }
    }

    /** The defaults, for running the engine without Spring (the evaluation command). */
    public static ModerationSettings defaults() {
        return new ModerationSettings(0.5, 8, 12, 12, 2, 1, Duration.ofSeconds(5), 8, Duration.ofDays(30), List.of(),
                new Tokens(Duration.ofSeconds(3), Duration.ofDays(7), Duration.ofDays(1)),
                new Flood(1, Duration.ofSeconds(15)),
                new Akismet("", "", "https://rest.akismet.com/1.1", Duration.ofSeconds(3)));
    }

    Decision decide(double score) {
        if (score >= discardAt) {
            return Decision.DISCARD;
        }
        if (score >= spamAt) {
            return Decision.SPAM;
        }
        return score >= holdAt ? Decision.HOLD : Decision.PUBLISH;
    }
}
