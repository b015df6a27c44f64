package news.masthead.moderation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How moderation weighs its checks. Scores are points: a total at or above {@code holdAt} is held
 * for a moderator, at or above {@code spamAt} goes to spam, at or above {@code discardAt} is dropped.
 *
 * @param classifierWeight points the classifier gives a certain spam (and takes from a certain
 *        ham, halved); a probability of one half gives none
 * @param linkLimit links a reader's comment may carry before each further one counts against it
 * @param couldNotRunScore points for a check that failed: a signal, never a way around the others
 * @param refreshEvery how often a node looks whether another one has changed the shared model
 */
@ConfigurationProperties("masthead.moderation")
public record ModerationSettings(
        @DefaultValue("0.5") double holdAt,
        @DefaultValue("4") double spamAt,
        @DefaultValue("12") double discardAt,
        @DefaultValue("10") double classifierWeight,
        @DefaultValue("2") int linkLimit,
        @DefaultValue("1") double couldNotRunScore,
        @DefaultValue("5s") Duration refreshEvery) {

    /** The defaults, for running the engine without Spring (the evaluation command). */
    public static ModerationSettings defaults() {
        return new ModerationSettings(0.5, 4, 12, 10, 2, 1, Duration.ofSeconds(5));
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
