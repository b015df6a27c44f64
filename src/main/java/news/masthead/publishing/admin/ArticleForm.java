package news.masthead.publishing.admin;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import news.masthead.publishing.ArticleDraft;
import news.masthead.publishing.FeaturedImage;

/**
 * The editor form as the browser sends it. Bylines come from a multiple select, tags as one
 * comma-separated line, the featured image as a media library address. {@code basedOn} is the revision
 * the writer started from, so that a save cannot silently bury one somebody else made meanwhile.
 */
public record ArticleForm(@Nullable String slug, @Nullable String headline, @Nullable String standfirst,
        @Nullable String body, @Nullable String section, @Nullable List<String> authors, @Nullable String tags,
        @Nullable String image, @Nullable String seoTitle, @Nullable String seoDescription,
        @Nullable String scheduleAt, @Nullable String basedOn) {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static ArticleForm of(ArticleDraft draft, int revision) {
        return new ArticleForm(draft.slug(), draft.headline(), draft.standfirst(), draft.body(), draft.sectionSlug(),
                draft.authorSlugs(), String.join(", ", draft.tagNames()),
                draft.image() == null ? "" : draft.image().path(), draft.seoTitle(), draft.seoDescription(), "",
                String.valueOf(revision));
    }

    static ArticleForm blank(String section, String byline) {
        return new ArticleForm("", "", "", "", section, List.of(byline), "", "", "", "", "", "");
    }

    ArticleDraft draft(@Nullable FeaturedImage featured) {
        var tagNames = Arrays.stream(text(tags).split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        return new ArticleDraft(text(slug), text(headline), text(standfirst), text(body).replace("\r\n", "\n"),
                text(section), authors == null ? List.of() : authors, tagNames, featured, text(seoTitle),
                text(seoDescription));
    }

    /** The moment typed in the site's own time zone, or null when the field is empty or unreadable. */
    @Nullable LocalDateTime scheduleMoment() {
        try {
            // Browsers send minutes, or seconds too when the field allows them.
            return text(scheduleAt).isBlank() ? null : LocalDateTime.parse(text(scheduleAt).strip());
        }
        catch (RuntimeException e) {
            return null;
        }
    }

    ArticleForm withSchedule(String value) {
        return new ArticleForm(slug, headline, standfirst, body, section, authors, tags, image, seoTitle,
                seoDescription, value, basedOn);
    }

    /** The same text, now knowingly based on the given revision. */
    ArticleForm basedOn(int revision) {
        return new ArticleForm(slug, headline, standfirst, body, section, authors, tags, image, seoTitle,
                seoDescription, scheduleAt, String.valueOf(revision));
    }

    /** The revision the editor was opened at; a form without one is taken to know of no revision at all. */
    int startedFrom() {
        try {
            return Integer.parseInt(text(basedOn).strip());
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    public String value(@Nullable String field) {
        return text(field);
    }

    public boolean hasAuthor(String slug) {
        return authors != null && authors.contains(slug);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

}
