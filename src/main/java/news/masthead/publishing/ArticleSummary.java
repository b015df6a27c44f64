package news.masthead.publishing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a list of stories shows of one published article. */
public record ArticleSummary(long id, String slug, String headline, String standfirst, Section section,
        List<Author> authors, Instant publishedAt, Instant updatedAt, @Nullable FeaturedImage image) {

    public String path() {
        return PublishedArticle.pathOf(slug);
    }

    ArticleSummary withAuthors(List<Author> bylines) {
        return new ArticleSummary(id, slug, headline, standfirst, section, bylines, publishedAt, updatedAt, image);
    }
}
