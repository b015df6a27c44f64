package news.masthead.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import news.masthead.accounts.Role;
import news.masthead.accounts.StaffAccounts;
import news.masthead.accounts.StaffManagement;
import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentManagement;
import news.masthead.publishing.ArticleManagement;

/**
 * Conversations and their moderation in a real browser: replying in a thread, reporting a
 * comment, a moderator approving from the queue by keyboard, and marking many as spam at once.
 */
@DemoSite
@TestInstance(Lifecycle.PER_CLASS)
class CommentModerationBrowserTests {

    private static final String STORY = "/articles/review-the-net-loft";
    private static final String PASSWORD = "tidal marsh lantern seven";

    @LocalServerPort
    int port;
    @Autowired
    CommentManagement comments;
    @Autowired
    ArticleManagement articles;
    @Autowired
    StaffManagement staff;

    private SiteBrowser browser;
    private long articleId;

    @BeforeAll
    void startBrowser() {
        browser = SiteBrowser.start(port);
        articleId = articles.findPublished("review-the-net-loft").orElseThrow().id();
        StaffAccounts.join(staff, "Mina Moderator", "mina@example.org", PASSWORD, Role.MODERATOR);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aReaderRepliesToACommentAndTheModeratorApprovesTheReplyFromTheQueueByKeyboard() {
        var first = comments.importComment(articleId, new CommentForm("The fish stew alone is worth the trip.",
                "Lou Sennen", "lou@example.net", ""), Instant.now(), true);
        freshVisit();
        browser.find(By.cssSelector("#comment-" + first + " a.comment__reply")).click();
        browser.waiting().until(urlContains("replyto=" + first));
        var form = browser.replyForm();
        assertThat(form.getText()).contains("Replying to Lou Sennen");
        form.findElement(By.id("comment")).sendKeys("Agreed, and the bread is baked next door.");
        form.findElement(By.id("author")).sendKeys("Kit Rowe");
        form.findElement(By.id("email")).sendKeys("kit.rowe@example.net");
        browser.press(form, "Post comment");
        browser.waiting().until(driver -> driver.getPageSource().contains("Your comment is awaiting moderation"));

        signIn();
        browser.visit("/admin/comments?queue=pending&commenter=Kit+Rowe");
        var item = browser.find(By.cssSelector("li.queue-item"));
        assertThat(item.getText()).contains("Agreed, and the bread", "Screening:").doesNotContain("Lou Sennen");
        // The queue's script puts the first comment in hand; "a" approves it.
        browser.waiting().until(driver -> item.getDomAttribute("class").contains("queue-item--current"));
        browser.find(By.tagName("body")).sendKeys("a");
        browser.waiting().until(driver -> driver.findElement(By.cssSelector(".notice")).getText()
                .contains("Comment approved"));

        try (var reader = SiteBrowser.start(port)) {
            reader.visit(STORY);
            var reply = reader.find(By.xpath("//li[contains(@class, 'comment--depth-1')]"
                    + "[.//*[contains(text(), 'Agreed, and the bread')]]"));
            assertThat(reply.getText()).contains("Kit Rowe").doesNotContain("kit.rowe@example.net");
        }
    }

    @Test
    void aReaderReportsACommentAndItWaitsInTheReportedQueue() {
        var rude = comments.importComment(articleId, new CommentForm("The chef should be ashamed of himself.",
                "Rex Mallow", "rex@example.net", ""), Instant.now(), true);
        freshVisit();
        browser.find(By.cssSelector("#comment-" + rude + " a.comment__report")).click();
        var form = browser.find(By.cssSelector("form.reply-form"));
        browser.find(By.id("reason-ABUSE")).click();
        form.findElement(By.id("note")).sendKeys("A personal attack on the chef.");
        browser.press(form, "Send report");
        assertThat(browser.visibleText()).contains("a moderator will look at the comment you reported");

        signIn();
        browser.visit("/admin/comments?queue=reported");
        var item = browser.find(By.id("comment-" + rude));
        assertThat(item.getText()).contains("Abusive or hateful", "A personal attack on the chef.");
    }

    @Test
    void aModeratorMarksSeveralCommentsAsSpamAtOnce() {
        for (var words : new String[] { "Cheap loans at example.com", "Best casino bonus example.net" }) {
            comments.importComment(articleId, new CommentForm(words, "Spam Bot", "bot@example.com", ""), Instant.now(),
                    false);
        }
        signIn();
        browser.visit("/admin/comments?queue=pending&commenter=Spam+Bot");
        var boxes = browser.driver().findElements(By.cssSelector("li.queue-item input[name=ids]"));
        assertThat(boxes).hasSize(2);
        boxes.forEach(WebElement::click);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("bulk-action"))).selectByValue("spam");
        var form = browser.find(By.id("queue-form"));
        browser.press(form, "Apply");

        assertThat(browser.find(By.cssSelector(".notice")).getText()).contains("2 comments marked as spam");
        browser.visit("/admin/comments?queue=spam&commenter=Spam+Bot");
        assertThat(browser.driver().findElements(By.cssSelector("li.queue-item"))).hasSize(2);
        freshVisit();
        assertThat(browser.visibleText()).doesNotContain("Cheap loans");
    }

    /**
     * The story as it is now: this browser may hold an earlier copy in its own cache, which a
     * reader's browser is allowed to do for a short while.
     */
    private void freshVisit() {
        browser.visit(STORY + "?seen=" + System.nanoTime());
    }

    private void signIn() {
        browser.visit("/admin/comments");
        if (!browser.driver().getCurrentUrl().contains("/admin/login")) {
            return;
        }
        var form = browser.find(By.cssSelector("form[action='/admin/login']"));
        form.findElement(By.name("email")).sendKeys("mina@example.org");
        form.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.press(form, "Sign in");
    }
}
