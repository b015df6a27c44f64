package news.masthead.media;

import java.time.Instant;
import java.util.List;

/**
 * An image in the media library, with the description an article needs to use it: alt text for
 * readers who cannot see it, a caption, a credit, and the widths of its resized copies.
 */
public record MediaItem(long id, String path, String originalName, String mediaType, int width, int height,
        long byteSize, String alt, String caption, String credit, List<Integer> renditionWidths, String uploadedBy,
        Instant uploadedAt) {

    /** Alt text is what makes an image usable in an article; without it the library will not offer it. */
    public boolean isDescribed() {
        return !alt.isBlank();
    }

    /** The smallest copy, for lists; the original when there is none. */
    public String thumbnailPath() {
        return renditionWidths.isEmpty() ? path : MediaLibrary.renditionPath(path, renditionWidths.getFirst());
    }

    /** How the editor writes it into an article: alt text, then caption and credit in the title. */
    public String markdown() {
        var title = caption.strip() + (credit.isBlank() ? "" : " | " + credit.strip());
        return "![" + alt.replace("]", "") + "](" + path + (title.isBlank() ? "" : " \"" + title.replace("\"", "'") + "\"")
                + ")";
    }

    public String sizeLabel() {
        return byteSize >= 1_048_576 ? String.format("%.1f MB", byteSize / 1_048_576.0) : (byteSize + 1023) / 1024 + " KB";
    }
}
