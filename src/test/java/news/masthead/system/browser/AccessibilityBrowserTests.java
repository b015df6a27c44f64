package news.masthead.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The pages as axe-core judges them in Chromium, with all the rules it runs by default and none
 * turned off. The script goes in through the driver, which the site's Content-Security-Policy does
 * not restrict.
 */
@DemoSite
@TestInstance(Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

    @LocalServerPort
    int port;

    private SiteBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = SiteBrowser.start(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/", DemoSite.LEAD_PATH })
    void pageHasNoAccessibilityViolations(String path) {
        browser.visit(path);

        assertAccessible(path);
    }

    @Test
    void commentFormShowingErrorsHasNoAccessibilityViolations() {
        browser.visit(DemoSite.LEAD_PATH);
        var form = browser.replyForm();
        // Sent empty, past the browser's own checks, so that the site answers with its error messages.
        browser.script("arguments[0].noValidate = true", form);
        browser.press(form, "Post comment");

        assertThat(browser.visibleText()).contains("Your comment was not posted");
        assertAccessible(DemoSite.LEAD_PATH + " with form errors");
    }

    private void assertAccessible(String page) {
        var results = new AxeBuilder().analyze(browser.driver());

        assertThat(results.isErrored()).withFailMessage(() -> "axe could not check %s: %s".formatted(page,
                results.getErrorMessage())).isFalse();
        assertThat(results.getPasses()).as("rules that axe checked and passed on %s", page).isNotEmpty();
        assertThat(results.getViolations()).withFailMessage(() -> report(page, results)).isEmpty();
    }

    private static String report(String page, Results results) {
        var violations = results.getViolations();
        return "%s breaks %d accessibility rule(s):%n%s".formatted(page, violations.size(),
                violations.stream().map(AccessibilityBrowserTests::describe).collect(Collectors.joining()));
    }

    private static String describe(Rule rule) {
        var text = new StringBuilder("%n[%s] %s: %s%n  %s%n".formatted(rule.getImpact(), rule.getId(), rule.getHelp(),
                rule.getHelpUrl()));
        for (CheckedNode node : rule.getNodes()) {
            text.append("  at %s%n    %s%n    %s%n".formatted(node.getTarget(), node.getHtml(),
                    indent(node.getFailureSummary())));
        }
        return text.toString();
    }

    private static String indent(@Nullable String summary) {
        return summary == null ? "" : summary.lines().map(String::strip).collect(Collectors.joining("\n      "));
    }
}
