package news.masthead.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.util.List;
import java.util.StringJoiner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader's comment on a story, from the front page to the moderation queue, in a real browser. */
@DemoSite
@TestInstance(Lifecycle.PER_CLASS)
class CommentBrowserTests {

    private static final String AWAITING_MODERATION = "Your comment is awaiting moderation";

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

    @Test
    void readerCommentsOnTheLeadStoryAndOnlyTheyCanSeeItWhileItAwaitsModeration() {
        var words = "The footbridge at Tanyard Lane was under water by five as well, not just Chandlers Row.";
        browser.visit("/");
        browser.find(By.linkText(DemoSite.LEAD_HEADLINE)).click();
        browser.waiting().until(urlContains(DemoSite.LEAD_PATH));

        assertThat(browser.driver().getCurrentUrl()).endsWith(DemoSite.LEAD_PATH);
        assertThat(browser.headline()).isEqualTo(DemoSite.LEAD_HEADLINE);
        var form = browser.replyForm();
        field(form, "Comment").sendKeys(words);
        field(form, "Name").sendKeys("Ada Trevelyan");
        field(form, "Email").sendKeys("ada.trevelyan@example.org");
        field(form, "Website").sendKeys("https://example.org/ada");
        browser.press(form, "Post comment");

        var notice = browser.waiting()
                .until(driver -> driver.findElement(By.xpath("//*[contains(text(), '" + AWAITING_MODERATION + "')]")));
        var comment = notice.findElement(By.xpath("ancestor::li[1]"));
        assertThat(comment.getText()).contains(words, "Ada Trevelyan").doesNotContain("ada.trevelyan@example.org");
        assertThat(comment.findElement(By.linkText("Ada Trevelyan")).getDomAttribute("href"))
                .isEqualTo("https://example.org/ada");

        // Another reader: a browser of their own, with no cookies, history or cached pages. The plain
        // address may be answered from the site's page cache, kept from before the comment; a shared
        // link with a tracking tag is rendered afresh, so it shows what the page now holds.
        try (var anotherReader = SiteBrowser.start(port)) {
            for (var address : List.of(DemoSite.LEAD_PATH, DemoSite.LEAD_PATH + "?utm_source=share")) {
                anotherReader.visit(address);

                assertThat(anotherReader.headline()).isEqualTo(DemoSite.LEAD_HEADLINE);
                assertThat(anotherReader.visibleText()).as(address).contains("Pat Lenning")
                        .doesNotContain(words, AWAITING_MODERATION);
            }
        }
    }

    @Test
    void commentWithoutANameIsSentBackWithTheReasonBesideTheNameAndTheCommentKept() {
        var words = "Will the ferry keep running at night while the bridge is shut?";
        browser.visit(DemoSite.LEAD_PATH);
        var form = browser.replyForm();
        field(form, "Comment").sendKeys(words);
        field(form, "Email").sendKeys("no.name@example.org");
        // The browser would stop an empty required field itself; the site must cope without that.
        browser.script("arguments[0].removeAttribute('required')", field(form, "Name"));
        browser.press(form, "Post comment");

        form = browser.replyForm();
        var name = field(form, "Name");
        assertThat(name.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(description(name)).contains("Please give your name.");
        assertThat(field(form, "Comment").getDomProperty("value")).isEqualTo(words);
        assertThat(field(form, "Email").getDomProperty("value")).isEqualTo("no.name@example.org");
        assertThat(form.getText()).contains("Your comment was not posted", "Please give your name.");
        assertThat(browser.visibleText()).doesNotContain(AWAITING_MODERATION);
    }

    /** The form control a reader finds by its label, as a screen reader announces it. */
    private static WebElement field(WebElement form, String label) {
        var labelElement = form.findElement(By.xpath(".//label[starts-with(normalize-space(), '" + label + "')]"));
        return form.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    /** The text a screen reader reads out after the field's label: its hint and any error. */
    private String description(WebElement field) {
        var ids = field.getDomAttribute("aria-describedby");
        assertThat(ids).as("aria-describedby of %s", field.getDomAttribute("name")).isNotBlank();
        var text = new StringJoiner(" ");
        for (var id : ids.trim().split("\\s+")) {
            var described = browser.find(By.id(id));
            assertThat(described.isDisplayed()).as("#%s is shown", id).isTrue();
            text.add(described.getText());
        }
        return text.toString();
    }
}
