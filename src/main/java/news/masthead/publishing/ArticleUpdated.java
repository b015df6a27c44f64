package news.masthead.publishing;

import java.time.Instant;
import java.util.List;

/** A live article changed; pages and feeds that show it are out of date. */
public record ArticleUpdated(long articleId, String slug, long sectionId, List<Long> authorIds, List<Long> tagIds,
        Instant updatedAt) {
}
