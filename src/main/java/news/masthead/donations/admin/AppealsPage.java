package news.masthead.donations.admin;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;

/**
 * The extra appeal line of each recent article, each in its own small form.
 *
 * @param errors a refused line's message, by article id; its text comes back in {@code lines}
 */
public record AppealsPage(AdminLayout layout, String appealText, List<Item> items, Map<Long, String> errors,
        @Nullable String notice) {

    public record Item(long articleId, String headline, String path, String line) {
    }

    public @Nullable String error(long articleId) {
        return errors.get(articleId);
    }
}
