package news.masthead.accounts;

/** A sign-in waiting for its second step: a code, or (when required and missing) enrolling an app. */
public record PendingSignIn(String email, boolean enrolling) {
}
