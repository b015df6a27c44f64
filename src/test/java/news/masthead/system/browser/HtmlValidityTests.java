package news.masthead.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/** The public pages as the Nu Html Checker (the W3C's HTML validator) sees them, run in-process. */
@DemoSite
class HtmlValidityTests {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final HttpClient http = HttpClient.newHttpClient();

    private static NuChecker checker;

    @LocalServerPort
    int port;

    @BeforeAll
    static void loadChecker() throws Exception {
        checker = new NuChecker();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/, 200",
            DemoSite.LEAD_PATH + ", 200",
            "/sections/environment, 200",
            "/authors/mara-okafor, 200",
            "/about, 200",
            "/no-such-page, 404" })
    void pageIsValidHtml(String path, int status) throws Exception {
        var page = http.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(status);
        assertValid(page);
    }

    @Test
    void commentFormSentBackWithErrorsIsValidHtml() throws Exception {
        var form = "comment=&author=&email=not-an-address&url=example.org";
        var page = http.send(HttpRequest.newBuilder(uri(DemoSite.LEAD_PATH + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form))
                .build(), BodyHandlers.ofByteArray());

        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Please give your name.");
        assertValid(page);
    }

    @Test
    void readersOwnCommentAwaitingModerationIsValidHtml() throws Exception {
        var form = "comment=Is+the+ferry+running+tonight%3F&author=Sam+Pengelly&email=sam%40example.org&url=";
        var posted = http.send(HttpRequest.newBuilder(uri(DemoSite.LEAD_PATH + "/comments"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form))
                .build(), BodyHandlers.discarding());
        var ownView = posted.headers().firstValue("Location").orElseThrow();

        var page = http.send(HttpRequest.newBuilder(uri(DemoSite.LEAD_PATH).resolve(ownView)).build(),
                BodyHandlers.ofByteArray());

        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("Your comment is awaiting moderation",
                "Is the ferry running tonight?");
        assertValid(page);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void assertValid(HttpResponse<byte[]> page) throws Exception {
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        var lines = new String(page.body(), StandardCharsets.UTF_8).split("\n", -1);
        var errors = checker.errorsIn(page.body()).stream().map(error -> describe(error, lines)).toList();
        assertThat(errors).withFailMessage(() -> "%s has %d HTML error(s):%n%s".formatted(page.uri().getPath(),
                errors.size(), String.join(System.lineSeparator(), errors))).isEmpty();
    }

    private static String describe(SAXParseException error, String[] lines) {
        int line = error.getLineNumber();
        int column = error.getColumnNumber();
        var source = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        // Show the markup just before the point where the checker stopped, where the fault is.
        int end = Math.clamp(column, 0, source.length());
        var excerpt = source.substring(Math.max(0, end - 120), end).strip();
        return "  line %d, column %d: %s%n    %s".formatted(line, column, error.getMessage(), excerpt);
    }

    /** Loading the HTML schema takes longer than checking a page, so one checker serves them all. */
    private static final class NuChecker implements ErrorHandler {

        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        private final List<SAXParseException> errors = new ArrayList<>();

        NuChecker() throws Exception {
            validator.setUpMainSchema(HTML_SCHEMA, this);
            validator.setUpValidatorAndParsers(this, true, false);
        }

        List<SAXParseException> errorsIn(byte[] html) throws Exception {
            errors.clear();
            validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html)));
            return List.copyOf(errors);
        }

        @Override
        public void warning(SAXParseException advice) {
            // advice, not an error: the page is still valid
        }

        @Override
        public void error(SAXParseException error) {
            errors.add(error);
        }

        @Override
        public void fatalError(SAXParseException error) {
            errors.add(error);
        }
    }
}
