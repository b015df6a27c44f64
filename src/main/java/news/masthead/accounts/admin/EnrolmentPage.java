package news.masthead.accounts.admin;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.TwoFactorEnrolment;

/** Setting up an authenticator app: the secret as a QR code and as text, and a box for its first code. */
public record EnrolmentPage(AdminLayout layout, TwoFactorEnrolment enrolment, String action, boolean duringSignIn,
        @Nullable String error) {

    static final String WRONG_CODE = "That code did not match. Check that the app shows this account, then type"
            + " the code showing now.";
}
