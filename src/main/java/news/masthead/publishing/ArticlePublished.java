package news.masthead.publishing;

import java.time.Instant;
import java.util.List;

/** An article went live; everything that shows it (pages, feeds, indexes) must now include it. */
public record ArticlePublished(long articleId, String slug, long sectionId, List<Long> authorIds,
        List<Long> tagIds, Instant publishedAt) {
}
