package news.masthead.publishing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One saved state of an article, as its writer typed it: the body is Markdown, tags are names.
 * Revisions are never changed, except that a run of autosaves by one person keeps only its last.
 */
public record Revision(int number, String slug, String headline, String standfirst, String body, long sectionId,
        List<Long> authorIds, List<String> tagNames, @Nullable FeaturedImage image, String seoTitle,
        String seoDescription, boolean autosaved, String savedBy, Instant savedAt) {
}
