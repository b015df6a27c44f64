package news.masthead.accounts.admin;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The form that creates the first administrator, with messages by field name. */
public record SetupPage(AdminLayout layout, SetupForm form, Map<String, String> errors, int minPasswordLength) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }
}
