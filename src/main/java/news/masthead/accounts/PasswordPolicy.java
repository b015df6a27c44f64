package news.masthead.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: long, not one an attacker tries first, and not the person's own
 * name or address. Length beats character-class rules, so there are none of those.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    /** bcrypt reads no further than this, and Spring's encoder refuses anything longer. */
    static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT_CHARACTERS = 5;

    private final Set<String> common;

    PasswordPolicy() {
        this(load("accounts/common-passwords.txt"));
    }

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** Why this password will not do, or empty if it is acceptable. */
    Optional<String> problem(String password, String email, String displayName) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Please use at least " + MIN_LENGTH
                    + " characters. A few unrelated words make a password that is long and easy to remember.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Please keep the password to " + MAX_BYTES
                    + " characters or fewer (fewer still with accented letters or symbols).");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("That is one of the most common passwords, among the first an attacker tries."
                    + " Please choose another.");
        }
        if (lower.strip().equals(email.strip().toLowerCase(Locale.ROOT))
                || lower.strip().equals(displayName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Please do not use your e-mail address or name as your password.");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("That password repeats a few characters too often to be hard to guess."
                    + " Please choose another.");
        }
        return Optional.empty();
    }

    private static Set<String> load(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        }
        catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the build", e);
        }
    }
}
