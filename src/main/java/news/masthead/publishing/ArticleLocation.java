package news.masthead.publishing;

import java.time.Instant;

/** Where a published article lives and when it last changed: what a sitemap says of it. */
public record ArticleLocation(long id, String path, Instant updatedAt) {
}
