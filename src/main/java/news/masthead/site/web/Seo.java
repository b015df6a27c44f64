package news.masthead.site.web;

import org.jspecify.annotations.Nullable;

/**
 * What a page says about itself to search engines and link previews.
 *
 * @param jsonLd structured data, already serialized and safe to place in a script data block
 */
public record Seo(String title, String description, String path, String type, @Nullable String imagePath,
        @Nullable String jsonLd, boolean indexable) {

    public static Seo page(String title, String description, String path) {
        return new Seo(title, description, path, "website", null, null, true);
    }

    public Seo notIndexed() {
        return new Seo(title, description, path, type, imagePath, jsonLd, false);
    }
}
