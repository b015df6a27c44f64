package news.masthead.accounts.admin;

/** A short page that says what happened and where to go next: a dead link, a refusal, an error. */
public record MessagePage(AdminLayout layout, int status, String heading, String message, String linkPath,
        String linkText) {
}
