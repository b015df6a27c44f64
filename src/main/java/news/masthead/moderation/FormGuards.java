package news.masthead.moderation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import news.masthead.signing.Signatures;

/**
 * Issues and reads the signed tokens of {@link FormGuard}. A token is
 * {@code kind.form.issuedAt.nonce.signature}: kind {@code p} for one rendered into a page (shared by
 * every reader the cached page is served to) and {@code f} for a fresh one fetched by a reader's
 * browser, which may be used once.
 */
@Component
public class FormGuards {

    private static final String PURPOSE = "form-guard";
    private static final Pattern FORM = Pattern.compile("[a-z0-9-]{1,60}");
    private static final Base64.Encoder NONCES = Base64.getUrlEncoder().withoutPadding();

    /** A token read back: valid only when the signature matched. */
    record Token(boolean fresh, String form, Instant issuedAt, String raw) {
    }

    private final Signatures signatures;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FormGuards(Signatures signatures, Clock clock) {
        this.signatures = signatures;
        this.clock = clock;
    }

    /** The guard to render into a page's form, e.g. {@code guard("article-42")}. */
    public FormGuard guard(String form) {
        return new FormGuard(form, issue(form, false), "/forms/" + form + "/token");
    }

    /** A single-use token for one reader's copy of the form; empty for a name that is no form's. */
    public Optional<String> fresh(String form) {
        return isFormName(form) ? Optional.of(issue(form, true)) : Optional.empty();
    }

    static boolean isFormName(String form) {
        return FORM.matcher(form).matches();
    }

    String issue(String form, boolean fresh) {
        if (!isFormName(form)) {
            throw new IllegalArgumentException("Not a form name: " + form);
        }
        var nonce = new byte[9];
        random.nextBytes(nonce);
        var payload = (fresh ? "f" : "p") + "." + form + "." + clock.instant().getEpochSecond() + "."
                + NONCES.encodeToString(nonce);
        return payload + "." + signatures.sign(PURPOSE, payload);
    }

    /** The token's contents, or empty when it was not issued here (or was changed). */
    Optional<Token> read(String token) {
        var parts = token.split("\\.");
        if (parts.length != 5 || !(parts[0].equals("p") || parts[0].equals("f"))) {
            return Optional.empty();
        }
        var payload = token.substring(0, token.lastIndexOf('.'));
        if (!signatures.verify(PURPOSE, payload, parts[4])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Token(parts[0].equals("f"), parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2])),
                    token));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
