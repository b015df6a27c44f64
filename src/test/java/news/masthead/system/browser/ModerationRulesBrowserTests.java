package news.masthead.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import news.masthead.accounts.Role;
import news.masthead.accounts.StaffAccounts;
import news.masthead.accounts.StaffManagement;

/**
 * An editor's rule at work: a phrase put on the hold list keeps a reader's comment from the page
 * and tells the moderator which rule held it.
 */
@DemoSite
@TestInstance(Lifecycle.PER_CLASS)
class ModerationRulesBrowserTests {

    private static final String STORY = "/articles/review-the-net-loft";
    private static final String PASSWORD = "tidal marsh lantern seven";
    private static final String PHRASE = "mooring fee rebate";

    @LocalServerPort
    int port;
    @Autowired
    StaffManagement staff;

    private SiteBrowser browser;

    @BeforeAll
    void startBrowser() {
        browser = SiteBrowser.start(port);
        StaffAccounts.join(staff, "Rhona Rules", "rhona@example.org", PASSWORD, Role.EDITOR);
    }

    @AfterAll
    void closeBrowser() {
        setHoldList("");
        browser.close();
    }

    @Test
    void aPhraseOnTheHoldListKeepsACommentForTheModeratorWithTheRuleAsItsReason() {
        signIn();
        setHoldList(PHRASE);
        // The rules page again, with the rule saved.
        assertThat(browser.find(By.id("holdEntries")).getDomProperty("value")).isEqualTo(PHRASE);

        try (var reader = SiteBrowser.start(port)) {
            reader.visit(STORY + "?seen=" + System.nanoTime());
            var form = reader.replyForm();
            form.findElement(By.id("comment")).sendKeys("Will the " + PHRASE + " cover the winter berths as well?");
            form.findElement(By.id("author")).sendKeys("Ines Quay");
            form.findElement(By.id("email")).sendKeys("ines.quay@example.net");
            reader.press(form, "Post comment");
            reader.waiting().until(driver -> driver.getPageSource().contains("Your comment is awaiting moderation"));
        }

        browser.visit("/admin/comments?queue=pending&commenter=Ines+Quay");
        var item = browser.find(By.cssSelector("li.queue-item"));
        assertThat(item.getText()).contains("winter berths", "on the hold list: " + PHRASE);

        try (var other = SiteBrowser.start(port)) {
            other.visit(STORY + "?seen=" + System.nanoTime());
            assertThat(other.visibleText()).doesNotContain("winter berths");
        }
    }

    private void setHoldList(String entries) {
        browser.visit("/admin/moderation/rules");
        var field = browser.find(By.id("holdEntries"));
        field.clear();
        field.sendKeys(entries);
        browser.press(browser.find(By.cssSelector("form.rules-form")), "Save the rules");
        browser.waiting().until(driver -> !driver.findElements(By.id("holdEntries")).isEmpty());
    }

    private void signIn() {
        browser.visit("/admin/moderation/rules");
        if (!browser.driver().getCurrentUrl().contains("/admin/login")) {
            return;
        }
        var form = browser.find(By.cssSelector("form[action='/admin/login']"));
        form.findElement(By.name("email")).sendKeys("rhona@example.org");
        form.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.press(form, "Sign in");
    }
}
