package news.masthead.publishing;

import java.util.List;

/** A live article was taken down; nothing public may show it any more. */
public record ArticleWithdrawn(long articleId, String slug, long sectionId, List<Long> authorIds,
        List<Long> tagIds) {
}
