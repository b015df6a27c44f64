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
    private final Set<String> commonWords;

    PasswordPolicy() {
        this(load("accounts/common-passwords.txt"), load("accounts/common-password-words.txt"));
    }

    PasswordPolicy(Set<String> common, Set<String> commonWords) {
        this.common = common;
        this.commonWords = commonWords;
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
        if (common.contains(lower) || commonWords.contains(letters(lower))) {
            return Optional.of("That is one of the most common passwords, among the first an attacker tries."
                    + " Please choose another.");
        }
        if (lower.strip().equals(email.strip().toLowerCase(Locale.ROOT))
                || lower.strip().equals(displayName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Please do not use your e-mail address or name as your password.");
        }
        if (lower.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c))) {
            return Optional.of("A password of digits alone is quick to guess. Please use some words.");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            return Optional.of("That password repeats a few characters too often to be hard to guess."
                    + " Please choose another.");
        }
        return Optional.empty();
    }

    /**
     * The letters of a password once look-alike digits and symbols are read as the letters they
     * stand for and the rest dropped, as cracking rules try them: "P@ssw0rd2024!" is "password".
     */
    static String letters(String lower) {
        var trimmed = lower.replaceAll("^[^a-z]+|[^a-z]+$", "");
        var read = new StringBuilder();
        for (var c : trimmed.toCharArray()) {
            switch (c) {
                case '@', '4' -> read.append('a');
                case '3' -> read.append('e');
                case '1', '!' -> read.append('i');
                case '0' -> read.append('o');
                case '$', '5' -> read.append('s');
                case '7' -> read.append('t');
                default -> {
                    if (c >= 'a' && c <= 'z') {
                        read.append(c);
                    }
                }
            }
        }
        return read.toString();
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
