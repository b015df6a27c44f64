package news.masthead.delivery;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How public pages are cached.
 *
 * @param cacheSize the most rendered bytes this node keeps; by default an eighth of the JVM's
 *     maximum heap (16 MB with the launcher's 128 MB). The pages live in the heap, beside everything
 *     else the site keeps there: a cache that takes too large a share leaves the collector so little
 *     room that a crawler walking through old articles keeps it busy with full collections.
 * @param browserMaxAge how long a browser may reuse a page without asking again
 * @param sharedMaxAge how long a CDN may serve a page without asking; purges by surrogate key
 *     make it safe to keep pages longer there than in browsers
 * @param staleWhileRevalidate how long a CDN may serve a stale page while it fetches a fresh one
 * @param followInterval how often each node looks for changes made through other nodes
 */
@ConfigurationProperties("masthead.delivery")
public record DeliverySettings(@DefaultValue("true") boolean enabled, @Nullable DataSize cacheSize,
        @DefaultValue("30s") Duration browserMaxAge, @DefaultValue("5m") Duration sharedMaxAge,
        @DefaultValue("60s") Duration staleWhileRevalidate, @DefaultValue("500ms") Duration followInterval) {

    /** The page cache's bound in bytes. */
    long cacheBytes() {
        return cacheSize != null ? cacheSize.toBytes() : Runtime.getRuntime().maxMemory() / 8;
    }

    String cacheControl() {
        return "public, max-age=" + browserMaxAge.toSeconds() + ", s-maxage=" + sharedMaxAge.toSeconds()
                + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
    }
}
