package news.masthead.feeds;

/**
 * A story has grown older than the news sitemap reaches: the sitemap must be written again
 * without it, though nothing was published, changed or withdrawn.
 */
public record NewsSitemapAged() {

    /** The surrogate key of the news sitemap. */
    public static final String KEY = "news-sitemap";
}
