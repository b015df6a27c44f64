package news.masthead.accounts.admin;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.Passkey;
import news.masthead.accounts.StaffManagement;

/**
 * The signed-in staff member's own account page, with a message per field of whichever form failed
 * and the passkeys they have added.
 */
public record AccountPage(AdminLayout layout, Map<String, String> errors, @Nullable String notice,
        int recoveryCodesLeft, boolean twoFactorRequired, List<Passkey> passkeys) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public int minPasswordLength() {
        return StaffManagement.MIN_PASSWORD_LENGTH;
    }

    public int passkeyLabelLength() {
        return Passkey.LABEL_LENGTH;
    }
}
