package news.masthead.publishing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An article as the editor form holds it: what a writer saves, and what a revision keeps. The body
 * is Markdown; bylines are author slugs and tags are names, made on first use.
 */
public record ArticleDraft(String slug, String headline, String standfirst, String body, String sectionSlug,
        List<String> authorSlugs, List<String> tagNames, @Nullable FeaturedImage image, String seoTitle,
        String seoDescription) {
}
