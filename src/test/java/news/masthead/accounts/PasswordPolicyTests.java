package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.problem("tidal marsh lantern seven", "ada@example.org", "Ada Lovell")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(policy.problem("Sh0rt&sweet", "ada@example.org", "Ada")).hasValueSatisfying(
                problem -> assertThat(problem).contains("at least 12 characters"));
        assertThat(policy.problem("Sh0rt&sweet!", "ada@example.org", "Ada")).isEmpty();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.problem("ééééééaàbcdf", "ada@example.org", "Ada")).isEmpty();
    }

    @Test
    void refusesWhatBcryptWouldCutShort() {
        assertThat(policy.problem("a long story about the harbour wall ".repeat(2) + "and more",
                "ada@example.org", "Ada")).hasValueSatisfying(problem -> assertThat(problem).contains("72"));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.problem("password123456", "ada@example.org", "Ada")).hasValueSatisfying(
                problem -> assertThat(problem).contains("most common"));
        assertThat(policy.problem("QwertyUiop123", "ada@example.org", "Ada")).isPresent();
        assertThat(policy.problem("correcthorsebatterystaple", "ada@example.org", "Ada")).isPresent();
    }

    @Test
    void refusesTheOwnersAddressOrName() {
        assertThat(policy.problem("Ada@Example.org", "ada@example.org", "Ada")).hasValueSatisfying(
                problem -> assertThat(problem).contains("e-mail address or name"));
        assertThat(policy.problem("ada lovelace the first", "ada@example.org", "Ada Lovelace the First"))
                .isPresent();
    }

    @Test
    void refusesAFewCharactersRepeated() {
        assertThat(policy.problem("abababababababab", "ada@example.org", "Ada")).isPresent();
        assertThat(policy.problem("zzzzzzzzzzzzzzzz", "ada@example.org", "Ada")).isPresent();
    }

    @Test
    void refusesACommonWordDressedUpWithDigitsAndSymbols() {
        assertThat(policy.problem("P@ssw0rd2024!!", "ada@example.org", "Ada")).hasValueSatisfying(
                problem -> assertThat(problem).contains("most common passwords"));
        assertThat(policy.problem("!!Welcome123456", "ada@example.org", "Ada")).isPresent();
        assertThat(policy.problem("Newsroom2026#", "ada@example.org", "Ada")).isPresent();
        assertThat(policy.problem("password lantern marsh", "ada@example.org", "Ada")).isEmpty();
    }

    @Test
    void refusesDigitsAlone() {
        assertThat(policy.problem("739182645017", "ada@example.org", "Ada")).hasValueSatisfying(
                problem -> assertThat(problem).contains("digits alone"));
    }
}
