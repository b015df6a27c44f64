package news.masthead.site.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import news.masthead.publishing.ArticleSummary;

/**
 * Names what a public page shows, in the {@code Surrogate-Key} header: {@code site} for the frame,
 * {@code front}, {@code article-12}, {@code comments-12}, {@code section-3}, {@code tag-7},
 * {@code author-2}, {@code page-about}. Caches, ours and a CDN's, purge a page when one of its
 * keys changes; a response without keys is never shared.
 */
public final class SurrogateKeys {

    static final String HEADER = "Surrogate-Key";

    private final LinkedHashSet<String> keys = new LinkedHashSet<>();

    private SurrogateKeys(String... keys) {
        this.keys.add("site");
        this.keys.addAll(List.of(keys));
    }

    public static SurrogateKeys of(String... keys) {
        return new SurrogateKeys(keys);
    }

    SurrogateKeys stories(Collection<ArticleSummary> stories) {
        // A list shows each story's comment count, so a new comment on one changes the list too.
        stories.forEach(story -> {
            keys.add("article-" + story.id());
            keys.add("comments-" + story.id());
        });
        return this;
    }

    public void applyTo(HttpServletResponse response) {
        response.setHeader(HEADER, String.join(" ", keys));
        response.setHeader("Cache-Tag", String.join(",", keys));
    }
}
