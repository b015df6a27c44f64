package news.masthead.media.admin;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.media.MediaItem;

/** One image with its description, to complete or correct. */
public record MediaItemPage(AdminLayout layout, MediaItem item, boolean mayEdit, String style,
        @Nullable String notice) {
}
