package news.masthead.publishing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a revision puts on the page, with the body already rendered and sanitized: the part of an
 * article that drafts change and publishing copies onto the live row, apart from the workflow
 * state the {@link Article} aggregate guards.
 */
record ArticleContent(String slug, String headline, String standfirst, String bodyHtml, long sectionId,
        List<ArticleAuthor> authors, List<ArticleTag> tags, @Nullable StoredImage image, String seoTitle,
        String seoDescription) {

    /** One byline, in the order readers see them. */
    record ArticleAuthor(long authorId) {
    }

    record ArticleTag(long tagId) {
    }

    /** The featured image as the article row keeps it, copied from the media library when saved. */
    record StoredImage(String path, String alt, @Nullable String caption, @Nullable String credit, int width,
            int height) {
    }
}
