package news.masthead.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import news.masthead.accounts.Role;
import news.masthead.accounts.StaffAccounts;
import news.masthead.accounts.StaffManagement;
import news.masthead.publishing.ArticleDraft;
import news.masthead.publishing.EditorialWorkflow;
import news.masthead.site.SiteManagement;

/**
 * The newsroom in a real browser: an author writes and submits a draft, an editor schedules it and
 * it goes live by itself, a correction is printed under it, an old revision is restored, and a
 * contributor is refused publishing. Also: images from the library, the redirect left behind by a
 * new slug, and the time it takes to type into a 5,000-word story.
 */
@DemoSite
@TestInstance(Lifecycle.PER_CLASS)
class NewsroomBrowserTests {

    private static final String PASSWORD = "estuary lantern rope ninety";

    @LocalServerPort
    int port;
    @Autowired
    StaffManagement staff;
    @Autowired
    SiteManagement site;
    @Autowired
    EditorialWorkflow workflow;

    private SiteBrowser browser;

    @BeforeAll
    void staffAndBrowser() {
        StaffAccounts.join(staff, "Ann Writer", "ann@newsroom.example", PASSWORD, Role.AUTHOR);
        StaffAccounts.join(staff, "Ed Desk", "ed@newsroom.example", PASSWORD, Role.EDITOR);
        StaffAccounts.join(staff, "Cora Tributor", "cora@newsroom.example", PASSWORD, Role.CONTRIBUTOR);
        browser = SiteBrowser.start(port);
    }

    @AfterEach
    void signOut() {
        signOutNow();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAuthorsDraftIsScheduledByAnEditorGoesLiveIsCorrectedAndHasARevisionRestored() {
        signIn("ann@newsroom.example");
        browser.visit("/admin/articles/new");
        browser.find(By.id("headline")).sendKeys("Lifeboat crew rescue two from Skerry sands");
        browser.find(By.id("standfirst")).sendKeys("The pair were cut off by the rising tide.");
        var body = browser.find(By.id("body"));
        body.sendKeys("The crew launched at 6.40pm after a call from the coastguard.");
        new Select(browser.find(By.id("section"))).selectByVisibleText("Local");
        browser.find(By.id("tags")).sendKeys("Lifeboat, Skerry");
        press("Save draft");
        assertThat(notice()).contains("Draft saved");
        var editPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        browser.visit(editPath + "/preview");
        assertThat(browser.headline()).isEqualTo("Lifeboat crew rescue two from Skerry sands");
        assertThat(browser.visibleText()).contains("The crew launched at 6.40pm", "By Ann Writer");
        browser.visit(editPath);

        browser.find(By.id("body")).sendKeys("\n\nBoth were unhurt.");
        browser.waiting().until(ExpectedConditions.textMatches(By.id("autosave-status"),
                Pattern.compile("Saved \\d")));
        press("Submit for review");
        assertThat(notice()).contains("Submitted for review");
        signOutNow();

        signIn("ed@newsroom.example");
        browser.visit("/admin");
        browser.find(By.linkText("Lifeboat crew rescue two from Skerry sands")).click();
        browser.waiting().until(ExpectedConditions.urlContains(editPath));
        assertThat(browser.find(By.id("body")).getDomProperty("value")).contains("Both were unhurt.");
        var zone = ZoneId.of(site.settings().zone().getId());
        var at = LocalDateTime.now(zone).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        browser.script("document.getElementById('scheduleAt').step = 1;"
                + "document.getElementById('scheduleAt').value = arguments[0];",
                at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        press("Schedule");
        assertThat(notice()).contains("Scheduled for");
        var slug = "lifeboat-crew-rescue-two-from-skerry-sands";
        browser.visit("/articles/" + slug);
        assertThat(browser.headline()).isNotEqualTo("Lifeboat crew rescue two from Skerry sands");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(2))
                .until(driver -> {
                    browser.visit("/articles/" + slug);
                    return browser.headline().equals("Lifeboat crew rescue two from Skerry sands");
                });
        assertThat(browser.visibleText()).contains("Both were unhurt.", "By Ann Writer");

        browser.visit(editPath);
        browser.find(By.id("correction")).sendKeys("An earlier version said the crew launched at 6.15pm.");
        press("Add correction");
        readArticle(slug);
        assertThat(browser.find(By.cssSelector(".corrections")).getText())
                .contains("Correction", "An earlier version said the crew launched at 6.15pm.");

        browser.visit(editPath);
        var text = browser.find(By.id("body"));
        text.clear();
        text.sendKeys("Nothing to see here.");
        press("Save draft");
        readArticle(slug);
        assertThat(browser.visibleText()).as("a saved draft is not what readers see").contains("Both were unhurt.")
                .doesNotContain("Nothing to see here.");

        browser.visit(editPath + "/revisions");
        var rows = browser.driver().findElements(By.cssSelector("table.articles tbody tr"));
        assertThat(rows.size()).isGreaterThanOrEqualTo(3);
        press("Compare");
        assertThat(browser.find(By.cssSelector(".diff")).getText()).contains("Nothing to see here.");
        var live = browser.find(By.xpath("//tr[.//span[normalize-space() = 'Live']]"));
        browser.press(live.findElement(By.xpath(".//button[normalize-space() = 'Restore']/ancestor::form[1]")), "Restore");
        assertThat(notice()).contains("restored");
        assertThat(browser.find(By.id("body")).getDomProperty("value")).contains("Both were unhurt.");
        press("Update live article");
        readArticle(slug);
        assertThat(browser.visibleText()).contains("Both were unhurt.", "An earlier version said the crew");
    }

    @Test
    void anEditorUploadsAPhotoAndInsertsItWithCaptionAndCreditFromTheLibrary() throws IOException {
        signIn("ed@newsroom.example");
        browser.visit("/admin/media");
        var photo = Files.createTempFile("quay-boats-", ".png");
        var picture = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(10, 10, 0xFFAA00);
        ImageIO.write(picture, "png", photo.toFile());
        try {
            browser.find(By.id("file")).sendKeys(photo.toString());
            press("Upload");
            assertThat(browser.find(By.cssSelector(".field__error")).getText()).contains("Please describe the image");

            browser.find(By.id("file")).sendKeys(photo.toString());
            browser.find(By.id("alt")).sendKeys("Fishing boats moored at the quay");
            browser.find(By.id("caption")).sendKeys("The quay at dusk");
            browser.find(By.id("credit")).sendKeys("Nell Garrow");
            press("Upload");
            assertThat(notice()).contains("Uploaded");
        }
        finally {
            Files.deleteIfExists(photo);
        }

        browser.visit("/admin/articles/new");
        browser.find(By.id("headline")).sendKeys("Boats return to the quay");
        browser.find(By.xpath("//button[@data-format = 'image']")).click();
        var choice = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[contains(@class, 'picker__item')][.//span[normalize-space() = 'Fishing boats moored at the quay']]")));
        choice.click();
        assertThat(browser.find(By.id("body")).getDomProperty("value"))
                .contains("![Fishing boats moored at the quay](/media/", "\"The quay at dusk | Nell Garrow\")");
        press("Save draft");
        var editPath = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

        browser.visit(editPath + "/preview");
        var figure = browser.find(By.cssSelector(".article__body figure"));
        assertThat(figure.getText()).contains("The quay at dusk").containsIgnoringCase("Nell Garrow");
        assertThat(figure.findElement(By.tagName("img")).getDomAttribute("srcset")).contains("480w", "960w");
        assertThat(figure.findElement(By.tagName("img")).getDomAttribute("alt"))
                .isEqualTo("Fishing boats moored at the quay");
    }

    @Test
    void aRenamedLiveArticleAnswersItsOldAddressWithAPermanentRedirect() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "ed@newsroom.example", null, AuthorityUtils.createAuthorityList("WRITE_DRAFTS", "PUBLISH_ANY",
                        "EDIT_ANY")));
        try {
            var byline = workflow.bylineFor("Ed Desk");
            var id = workflow.start(new ArticleDraft("ferry-timetable", "Ferry timetable changes", "", "From Monday.",
                    "local", List.of(byline.slug()), List.of(), null, "", ""));
            workflow.publish(id);
            workflow.save(id, new ArticleDraft("winter-ferry-timetable", "Winter ferry timetable", "",
                    "From Monday.", "local", List.of(byline.slug()), List.of(), null, "", ""), false);
            workflow.publish(id);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        var old = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/articles/ferry-timetable")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/articles/winter-ferry-timetable"));
        browser.visit("/articles/ferry-timetable");
        assertThat(browser.headline()).isEqualTo("Winter ferry timetable");
    }

    @Test
    void aContributorWritesADraftButIsRefusedPublishing() {
        signIn("cora@newsroom.example");
        browser.visit("/admin/articles/new");
        browser.find(By.id("headline")).sendKeys("Allotment holders fear for their plots");
        browser.find(By.id("body")).sendKeys("The council wants the land for housing.");
        press("Save draft");
        assertThat(notice()).contains("Draft saved");
        var form = browser.find(By.id("editor"));
        assertThat(form.findElements(By.xpath(".//button[@value = 'publish' or @value = 'schedule']"))).isEmpty();

        // A forged publish button: the server decides, not the page.
        browser.script("var b = document.createElement('button'); b.name = 'action'; b.value = 'publish';"
                + " b.textContent = 'Forged publish'; b.type = 'submit';"
                + " document.getElementById('editor').append(b);");
        press("Forged publish");

        assertThat(browser.headline()).isEqualTo("Your role does not allow that");
        browser.visit("/articles/allotment-holders-fear-for-their-plots");
        assertThat(browser.headline()).isNotEqualTo("Allotment holders fear for their plots");
    }

    @Test
    void aFiveThousandWordStoryStaysQuickToTypeIn() {
        signIn("ed@newsroom.example");
        browser.visit("/admin/articles/new");
        var words = "The tide came in over the marsh and the lifeboat crew watched from the slipway. ";
        browser.script("var body = document.getElementById('body');"
                + " body.value = arguments[0].repeat(Math.ceil(5000 / 15));"
                + " body.dispatchEvent(new Event('input', { bubbles: true }));", words);
        var body = browser.find(By.id("body"));
        body.click();
        browser.script("var b = document.getElementById('body'); b.setSelectionRange(b.value.length, b.value.length);");

        // What the page's own script costs per keystroke, measured inside the browser.
        var perKeystroke = (Number) browser.script("""
                var body = document.getElementById('body');
                var start = performance.now();
                for (var i = 0; i < 200; i++) {
                  body.setRangeText('x', body.value.length, body.value.length, 'end');
                  body.dispatchEvent(new Event('input', { bubbles: true }));
                }
                return (performance.now() - start) / 200;""");
        var typed = " And the rain kept falling on Port Alder all night long.";
        long started = System.nanoTime();
        body.sendKeys(typed);
        double perCharacter = (System.nanoTime() - started) / 1e6 / typed.length();
        browser.waiting().until(ExpectedConditions.textMatches(By.id("word-count"),
                Pattern.compile("5,\\d{3} words")));

        System.out.printf("5,000-word editor: %.3f ms of script per keystroke; %.1f ms per typed character"
                + " end to end through WebDriver%n", perKeystroke.doubleValue(), perCharacter);
        assertThat(perKeystroke.doubleValue()).as("ms of script per keystroke").isLessThan(4.0);
        assertThat(browser.find(By.id("body")).getDomProperty("value")).endsWith("all night long.");
    }

    private void signIn(String email) {
        browser.visit("/admin/login");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(PASSWORD);
        var form = browser.find(By.cssSelector("form[action='/admin/login']"));
        browser.press(form, "Sign in");
    }

    /** The session cookie belongs to the admin's path, so it is dropped from there. */
    private void signOutNow() {
        browser.visit("/admin/login");
        browser.driver().manage().deleteAllCookies();
    }

    /**
     * The article as a reader who reloads it sees it: the reload asks the server again rather than
     * trusting the browser's own copy, which may be half a minute old by design.
     */
    private void readArticle(String slug) {
        browser.visit("/articles/" + slug);
        browser.driver().navigate().refresh();
    }

    /** Presses a button by its words and waits for the page that answers. */
    private void press(String button) {
        WebElement target = browser.find(By.xpath("//button[normalize-space() = '" + button + "']"));
        var form = target.findElement(By.xpath("ancestor::form[1]"));
        browser.press(form, button);
    }

    private String notice() {
        return browser.find(By.cssSelector(".notice")).getText();
    }
}
