package news.masthead.accounts.admin;

import org.jspecify.annotations.Nullable;

/** The sign-in form, with what happened last time (a failed attempt, a sign-out) and the address typed. */
public record LoginPage(AdminLayout layout, @Nullable String notice, @Nullable String error, String email,
        boolean awaitingSetup) {
}
