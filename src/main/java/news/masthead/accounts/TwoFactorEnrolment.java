package news.masthead.accounts;

import org.jspecify.annotations.Nullable;

/**
 * A new authenticator secret on offer, not yet saved: the page shows it as a QR code and as text,
 * and sends it back signed with the first code, so nothing is stored until the app works.
 */
public record TwoFactorEnrolment(String secret, String signature, String otpauthUri, @Nullable String qrDataUri) {

    /** The secret in groups of four, easier to type into an app by hand. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "TwoFactorEnrolment[]";
    }
}
