package news.masthead.comments;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the newsroom runs its comments.
 *
 * @param threadDepth how many levels a thread may have; replies deeper than that join the last level
 * @param threadsPerPage top-level comments (each with its replies) on one page of an article
 * @param closeAfter comments close this long after publication; zero keeps them open
 * @param keepAddressesFor how long a commenter's network address and browser are kept for moderation
 * @param digestEvery how often a moderator who asked for a digest hears of waiting comments
 */
@ConfigurationProperties("masthead.comments")
public record CommentSettings(@DefaultValue("5000") int maxLength, @DefaultValue("3") int threadDepth,
        @DefaultValue("50") int threadsPerPage, @DefaultValue("0s") Duration closeAfter,
        @DefaultValue("30d") Duration keepAddressesFor, @DefaultValue("24h") Duration digestEvery) {

    public CommentSettings {
        threadDepth = Math.max(1, threadDepth);
        threadsPerPage = Math.max(1, threadsPerPage);
    }
}
