package news.masthead.publishing;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A published article as readers see it; the body is sanitized HTML, safe to print as is.
 *
 * @param corrections notes printed under the article, oldest first
 * @param seoTitle the title for search engines and sharing, when it should differ from the headline
 */
public record PublishedArticle(long id, String slug, String headline, String standfirst, String bodyHtml,
        Section section, List<Author> authors, List<Tag> tags, Instant publishedAt, Instant updatedAt,
        @Nullable FeaturedImage image, List<Correction> corrections, String seoTitle, String seoDescription) {

    public PublishedArticle(long id, String slug, String headline, String standfirst, String bodyHtml,
            Section section, List<Author> authors, List<Tag> tags, Instant publishedAt, Instant updatedAt,
            @Nullable FeaturedImage image) {
        this(id, slug, headline, standfirst, bodyHtml, section, authors, tags, publishedAt, updatedAt, image,
                List.of(), "", "");
    }

    /** The page's title: the SEO title if the newsroom set one, else the headline. */
    public String pageTitle() {
        return seoTitle.isBlank() ? headline : seoTitle;
    }

    public String pageDescription() {
        return seoDescription.isBlank() ? standfirst : seoDescription;
    }

    public String path() {
        return pathOf(slug);
    }

    public static String pathOf(String slug) {
        return "/articles/" + slug;
    }

    /** Whether the article changed after it first went out; small fixes within minutes do not count. */
    public boolean wasUpdated() {
        return updatedAt.isAfter(publishedAt.plusSeconds(300));
    }

    public int wordCount() {
        var text = TAG.matcher(bodyHtml).replaceAll(" ").strip();
        return text.isEmpty() ? 0 : WHITESPACE.split(text).length;
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
}
