package news.masthead.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import news.masthead.accounts.Role;
import news.masthead.accounts.StaffAccounts;
import news.masthead.accounts.StaffManagement;
import news.masthead.publishing.ArticleDraft;
import news.masthead.publishing.EditLocks;
import news.masthead.publishing.EditorialWorkflow;

/**
 * The editor's newer conveniences in a real browser: who else is editing and taking over from
 * them, uploading an image without leaving the story, and video and chart players that load only
 * when a reader asks for them.
 */
@DemoSite
@TestInstance(Lifecycle.PER_CLASS)
class EditorBrowserTests {

    private static final String PASSWORD = "gannet harbour ledger tide";
    private static final String[] EDITOR = { "ROLE_EDITOR", "WRITE_DRAFTS", "PUBLISH_OWN", "PUBLISH_ANY", "EDIT_ANY",
        "UPLOAD_MEDIA" };

    @LocalServerPort
    int port;
    @Autowired
    StaffManagement staff;
    @Autowired
    EditorialWorkflow workflow;
    @Autowired
    EditLocks locks;

    private SiteBrowser browser;

    @BeforeAll
    void staffAndBrowser() {
        StaffAccounts.join(staff, "Nia Lockwood", "nia@desk.example", PASSWORD, Role.EDITOR);
        StaffAccounts.join(staff, "Rhys Penn", "rhys@desk.example", PASSWORD, Role.EDITOR);
        browser = SiteBrowser.start(port);
    }

    @AfterEach
    void signOut() {
        browser.visit("/admin/login");
        browser.driver().manage().deleteAllCookies();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theSecondToOpenAStorySeesWhoIsEditingAndTakesOver() {
        var id = as("nia@desk.example", () -> {
            var byline = workflow.bylineFor("Nia Lockwood");
            var started = workflow.start(new ArticleDraft("", "Ferry strike called off", "Talks went on all night.",
                    "The union accepted the offer at 5am.", "local", List.of(byline.slug()), List.of(), null, "", ""));
            locks.claim(started, "Nia Lockwood");
            return started;
        });

        signIn("rhys@desk.example");
        browser.visit("/admin/articles/" + id);

        var lock = browser.find(By.id("edit-lock"));
        assertThat(lock.getText()).contains("Nia Lockwood has been editing this article since");
        assertThat(lock.findElement(By.tagName("time")).getDomAttribute("datetime")).isNotBlank();
        press("Take over editing");
        assertThat(browser.find(By.cssSelector(".notice")).getText()).contains("You are editing this article now");
        assertThat(browser.driver().findElements(By.id("edit-lock"))).isEmpty();
        assertThat(as("nia@desk.example", () -> locks.claim(id, "Nia Lockwood")).holderName()).isEqualTo("Rhys Penn");
    }

    @Test
    void aSaveOverSomebodyElsesNewerRevisionComesBackWithTheTextKept() {
        var id = as("nia@desk.example", () -> {
            var byline = workflow.bylineFor("Nia Lockwood");
            return workflow.start(new ArticleDraft("", "Library to open on Sundays", "", "From March.", "local",
                    List.of(byline.slug()), List.of(), null, "", ""));
        });
        signIn("rhys@desk.example");
        browser.visit("/admin/articles/" + id);
        as("nia@desk.example", () -> workflow.save(id, new ArticleDraft("", "Library to open on Sundays", "",
                "From March, 10am to 4pm.", "local", List.of(workflow.bylineFor("Nia Lockwood").slug()), List.of(),
                null, "", ""), false));

        var body = browser.find(By.id("body"));
        body.clear();
        body.sendKeys("From April, says the council.");
        var answer = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('editor');
                fetch(form.getAttribute('action'), { method: 'POST', body: new URLSearchParams(new FormData(form)) })
                  .then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); });""");
        assertThat(answer).startsWith("422").contains("nia@desk.example saved revision 2")
                .contains("From April, says the council.");

        press("Save draft");
        assertThat(browser.find(By.id("conflict")).getText()).contains("saved revision 2 after you opened");
        assertThat(browser.find(By.id("body")).getDomProperty("value")).isEqualTo("From April, says the council.");
        press("Save draft");
        assertThat(browser.find(By.cssSelector(".notice")).getText()).as("saving again is a decision")
                .contains("Saved.");
    }

    @Test
    void anImageIsUploadedFromTheEditorWithItsAltTextAndInserted() throws IOException {
        signIn("rhys@desk.example");
        browser.visit("/admin/articles/new");
        browser.find(By.id("headline")).sendKeys("New crane for the harbour");
        browser.find(By.xpath("//button[@data-format = 'image']")).click();
        var photo = Files.createTempFile("harbour-crane-", ".png");
        var picture = new BufferedImage(1300, 900, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(20, 20, 0x2288CC);
        ImageIO.write(picture, "png", photo.toFile());
        try {
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-file")))
                    .sendKeys(photo.toString());
            browser.find(By.xpath("//button[normalize-space() = 'Upload and insert']")).click();
            assertThat(browser.find(By.id("upload-alt-error")).getText()).contains("Please describe the image");
            assertThat(uploadWithoutAltText()).as("the server insists as well").startsWith("422")
                    .contains("Please describe the image");

            browser.find(By.id("upload-alt")).sendKeys("A yellow crane lifting a container on the quay");
            browser.find(By.id("upload-credit")).sendKeys("Port Alder Harbour Board");
            browser.find(By.xpath("//button[normalize-space() = 'Upload and insert']")).click();

            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("picker")));
            assertThat(browser.find(By.id("body")).getDomProperty("value"))
                    .contains("![A yellow crane lifting a container on the quay](/media/harbour-crane-");
        }
        finally {
            Files.deleteIfExists(photo);
        }
        press("Save draft");
        browser.visit(browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "") + "/preview");
        var image = browser.find(By.cssSelector(".article__body figure img"));
        assertThat(image.getDomAttribute("srcset")).as("resized like any library upload").contains("480w");
    }

    @Test
    void aVideoCardLoadsItsPlayerOnlyWhenTheReaderClicks() throws Exception {
        as("nia@desk.example", () -> {
            var byline = workflow.bylineFor("Nia Lockwood");
            var id = workflow.start(new ArticleDraft("regatta-in-pictures", "The regatta, in motion", "",
                    "Watch the final.\n\n<https://www.youtube.com/watch?v=dQw4w9WgXcQ>\n\nAnd the times.\n\n"
                            + "<https://datawrapper.dwcdn.net/aB3dE/2/>",
                    "local", List.of(byline.slug()), List.of(), null, "", ""));
            workflow.publish(id);
            return id;
        });
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/articles/regatta-in-pictures")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).doesNotContain("<iframe").doesNotContain("src=\"https://www.youtube");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com"
                        + " https://datawrapper.dwcdn.net https://flo.uri.sh;");

        browser.visit("/articles/regatta-in-pictures");
        assertThat(browser.driver().findElements(By.tagName("iframe"))).isEmpty();
        var card = browser.find(By.cssSelector("figure.embed[data-player*='youtube-nocookie']"));
        assertThat(card.getText()).contains("once you click");
        card.findElement(By.tagName("a")).click();

        var player = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("iframe")));
        assertThat(player.getDomAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(player.getDomAttribute("sandbox")).isEqualTo("allow-scripts allow-same-origin allow-popups"
                + " allow-presentation");
        assertThat(player.getDomAttribute("referrerpolicy")).isEqualTo("strict-origin");
        assertThat(browser.driver().getCurrentUrl()).as("the reader stays on the story").contains("/articles/");
        assertThat(browser.driver().findElements(By.tagName("iframe"))).as("the chart waits for its own click")
                .hasSize(1);
    }

    private String uploadWithoutAltText() {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var token = document.querySelector('#editor input[type=hidden]');
                var data = new FormData();
                data.append(token.name, token.value);
                data.append('file', document.getElementById('upload-file').files[0]);
                fetch('/admin/media/picker', { method: 'POST', body: data })
                  .then(function (r) { return r.text().then(function (t) { done(r.status + ' ' + t); }); });""");
    }

    private <T> T as(String email, Supplier<T> action) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email,
                null, AuthorityUtils.createAuthorityList(EDITOR)));
        try {
            return action.get();
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(String email) {
        browser.visit("/admin/login");
        browser.find(By.id("email")).sendKeys(email);
        browser.find(By.id("password")).sendKeys(PASSWORD);
        browser.press(browser.find(By.cssSelector("form[action='/admin/login']")), "Sign in");
    }

    private void press(String button) {
        var target = browser.find(By.xpath("//button[normalize-space() = '" + button + "']"));
        browser.press(target.findElement(By.xpath("ancestor::form[1]")), button);
    }
}
