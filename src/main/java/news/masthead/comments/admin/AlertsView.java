package news.masthead.comments.admin;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.comments.AlertPreference;

/** The signed-in staff member's alert choice; none when they asked for no e-mails. */
public record AlertsView(AdminLayout layout, @Nullable AlertPreference preference, @Nullable String notice) {

    public String scope() {
        return preference == null ? "none" : preference.onlyMine() ? "mine" : "all";
    }

    public boolean digest() {
        return preference != null && preference.digest();
    }
}
