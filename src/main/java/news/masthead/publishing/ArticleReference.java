package news.masthead.publishing;

import java.time.Instant;

/**
 * Which live article a request is about, where it lives and since when, without its text: what
 * taking a reader's comment needs, read in one small query instead of the whole story.
 */
public record ArticleReference(long id, String slug, Instant publishedAt) {

    public String path() {
        return PublishedArticle.pathOf(slug);
    }
}
