package news.masthead.publishing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to start an article. The body is Markdown; it is rendered and sanitized once,
 * when stored.
 */
public record NewArticle(String slug, String headline, String standfirst, String markdownBody,
        String sectionSlug, List<String> authorSlugs, List<String> tagNames, @Nullable FeaturedImage image) {
}
