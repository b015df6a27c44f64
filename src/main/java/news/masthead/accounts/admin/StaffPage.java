package news.masthead.accounts.admin;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.Role;
import news.masthead.accounts.StaffProfile;

/** The staff list with its actions, the invitation form (with what was typed) and the 2FA rule. */
public record StaffPage(AdminLayout layout, List<StaffProfile> members, boolean twoFactorRequired,
        String inviteEmail, Role inviteRole, Map<String, String> errors, @Nullable String notice,
        @Nullable String error) {

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public @Nullable String fieldError(String field) {
        return errors.get(field);
    }
}
