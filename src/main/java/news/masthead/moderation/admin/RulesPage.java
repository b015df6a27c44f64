package news.masthead.moderation.admin;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;

/**
 * The moderation rules page: the form, a message per field when a save was refused, and a notice
 * after a save.
 */
public record RulesPage(AdminLayout layout, RulesForm form, Map<String, String> errors, @Nullable String notice) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }
}
