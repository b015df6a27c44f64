package news.masthead.media.admin;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.media.MediaItem;

/** The library: the upload form (with what went wrong last time), a search, and the images found. */
public record MediaLibraryPage(AdminLayout layout, List<MediaItem> items, String search, boolean mayUpload,
        UploadForm form, Map<String, String> errors, String style, @Nullable String notice) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    /** The description typed with an upload; the file itself is never sent back. */
    public record UploadForm(String alt, String caption, String credit) {
    }
}
