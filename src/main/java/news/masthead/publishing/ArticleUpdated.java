package news.masthead.publishing;

import java.time.Instant;

/** A live article changed; pages and feeds that show it are out of date. */
public record ArticleUpdated(long articleId, String slug, Instant updatedAt) {
}
