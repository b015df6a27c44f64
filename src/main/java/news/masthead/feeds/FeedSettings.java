package news.masthead.feeds;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How feeds and sitemaps are written.
 *
 * @param content whether feed items carry the whole story or its standfirst. Summaries are the
 *     default: readers come to the site for the story, where the appeal and the comments are, and
 *     a scraper that republishes feeds gets only the first paragraph
 * @param items how many stories an article feed lists
 * @param comments how many comments a comment feed lists
 * @param sitemapSize how many addresses one sitemap holds before the site's is split into
 *     numbered sitemaps under an index; the protocol allows at most 50,000
 * @param newsWindow how far back the news sitemap reaches; Google News reads two days
 * @param tagAuthority the authority in the permanent ids of feed items ({@code tag:} URIs, RFC
 *     4151), such as {@code example.org,2026}; empty to take the site's host and the year 2026.
 *     Set it before moving the site to a new domain, so that readers' apps see no item twice
 */
@ConfigurationProperties("masthead.feeds")
public record FeedSettings(@DefaultValue("SUMMARY") Content content, @DefaultValue("20") int items,
        @DefaultValue("30") int comments, @DefaultValue("50000") int sitemapSize,
        @DefaultValue("2d") Duration newsWindow, @DefaultValue("") String tagAuthority) {

    public FeedSettings {
        items = Math.clamp(items, 1, 200);
        comments = Math.clamp(comments, 1, 200);
        sitemapSize = Math.clamp(sitemapSize, 10, 50_000);
    }

    /** What a feed item carries of its story. */
    public enum Content {
        SUMMARY, FULL
    }
}
