package news.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Storm floods Lower Town                 | storm-floods-lower-town
            Tomás Reyes                             | tomas-reyes
            Ça va, Señor Müller?                    | ca-va-senor-muller
            '  --Council tax: a 4.99% rise!--  '    | council-tax-a-4-99-rise
            UPPER_case__and   spaces                | upper-case-and-spaces
            2024 in review                          | 2024-in-review
            """)
    void makesLowerCaseAsciiWordsJoinedByHyphens(String text, String slug) {
        assertThat(Slugs.of(text)).isEqualTo(slug);
        assertThat(Slugs.isValid(Slugs.of(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "!!!", "—", "日本語" })
    void refusesTextWithoutLettersOrDigitsItCanUse(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Slugs.of(text));
    }

    @Test
    void cutsLongTextAtAHundredCharactersWithoutATrailingHyphen() {
        var slug = Slugs.of("word ".repeat(40));

        assertThat(slug).hasSizeLessThanOrEqualTo(100).doesNotEndWith("-").startsWith("word-word-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "storm-floods", "a", "2024", "a-1-b" })
    void acceptsWellFormedSlugs(String slug) {
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "Storm", "storm--floods", "-storm", "storm-", "storm floods", "storm_floods",
            "../etc/passwd", "storm%20floods", "tomás", "<script>" })
    void refusesAnythingElse(String slug) {
        assertThat(Slugs.isValid(slug)).isFalse();
    }

    @Test
    void refusesOverlongSlugs() {
        assertThat(Slugs.isValid("a".repeat(200))).isTrue();
        assertThat(Slugs.isValid("a".repeat(201))).isFalse();
    }
}
