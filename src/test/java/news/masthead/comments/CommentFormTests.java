package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommentFormTests {

    private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private static final Validator validator = factory.getValidator();

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void acceptsACompleteComment() {
        assertThat(messages(new CommentForm("Well reported.", "Pat Lenning", "pat@example.net",
                "https://example.net/pat"))).isEmpty();
    }

    @Test
    void theWebsiteIsOptional() {
        assertThat(messages(new CommentForm("Well reported.", "Pat", "pat@example.net", ""))).isEmpty();
        assertThat(messages(new CommentForm("Well reported.", "Pat", "pat@example.net", null))).isEmpty();
    }

    @Test
    void tellsTheReaderWhatIsMissing() {
        assertThat(messages(new CommentForm(" \n ", "", " ", ""))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "comment", "Please write a comment.",
                "author", "Please give your name.",
                "email", "Please give your email address."));
    }

    @Test
    void fieldsLeftOutOfTheRequestCountAsEmpty() {
        var form = new CommentForm(null, null, null, null);

        assertThat(form).isEqualTo(CommentForm.empty());
        assertThat(messages(form)).containsOnlyKeys("comment", "author", "email");
    }

    @ParameterizedTest
    @ValueSource(strings = { "pat", "pat@", "@example.net", "pat@example", "pat lenning@example.net",
            "pat@@example.net" })
    void refusesAddressesThatCannotBeEmail(String email) {
        assertThat(messages(new CommentForm("Text", "Pat", email, "")))
                .containsExactly(Map.entry("email", "Please check your email address: it should look like name@example.com."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "example.org", "ftp://example.org", "http://", "https:// x" })
    void refusesWebsitesThatAreNotWebAddresses(String url) {
        assertThat(messages(new CommentForm("Text", "Pat", "pat@example.net", url)))
                .containsExactly(Map.entry("url", "A website should start with http:// or https://."));
    }

    @Test
    void limitsTheLengthOfNameEmailAndWebsite() {
        var longDomain = ("d".repeat(62) + ".").repeat(4) + "io";
        var form = new CommentForm("Text", "n".repeat(101), "pat@" + longDomain,
                "https://example.org/" + "p".repeat(481));

        assertThat(messages(form)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "author", "Please keep your name under 100 characters.",
                "email", "That email address is too long.",
                "url", "Please keep the website address under 500 characters."));
        assertThat(messages(new CommentForm("Text", "n".repeat(100), "pat@example.net",
                "https://example.org/" + "p".repeat(480)))).isEmpty();
    }

    @Test
    void stripsSpacesAroundNameEmailAndWebsiteButKeepsTheTextAsTyped() {
        var form = new CommentForm("  indented\n", "  Pat  ", " pat@example.net ", " https://example.net ");

        assertThat(form.author()).isEqualTo("Pat");
        assertThat(form.email()).isEqualTo("pat@example.net");
        assertThat(form.url()).isEqualTo("https://example.net");
        assertThat(form.comment()).isEqualTo("  indented\n");
    }

    private static Map<String, String> messages(CommentForm form) {
        return validator.validate(form).stream()
                .collect(Collectors.toMap(violation -> violation.getPropertyPath().toString(),
                        ConstraintViolation::getMessage, (first, second) -> first + " | " + second));
    }
}
