package news.masthead.accounts.admin;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.StaffManagement;

/**
 * A small admin form page (join, reset, second step, change password): the frame, the values to
 * show again, the message per field, and a notice or an error for the whole form.
 */
public record FormPage(AdminLayout layout, Map<String, String> values, Map<String, String> errors,
        @Nullable String notice, @Nullable String error) {

    public static FormPage of(AdminLayout layout) {
        return new FormPage(layout, Map.of(), Map.of(), null, null);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public int minPasswordLength() {
        return StaffManagement.MIN_PASSWORD_LENGTH;
    }
}
