package news.masthead.publishing;

import org.jspecify.annotations.Nullable;

/**
 * The picture at the top of an article. The alt text describes it for readers who cannot see
 * it; caption and credit are printed under it.
 */
public record FeaturedImage(String path, String alt, @Nullable String caption, @Nullable String credit,
        int width, int height) {
}
