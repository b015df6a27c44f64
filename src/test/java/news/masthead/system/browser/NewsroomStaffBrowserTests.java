package news.masthead.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.selenium.AxeBuilder;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import news.masthead.mail.Postbox;

/**
 * The newsroom's people in a real browser, in the order a new site meets them: the owner creates
 * the administrator from the setup link, invites an author by e-mail, the author joins through the
 * link, turns on two-factor sign-in, and signs in with a code from their app.
 */
@DemoSite
@TestInstance(Lifecycle.PER_CLASS)
// First of all test classes: setting up the first administrator needs the demo site with no staff.
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsroomStaffBrowserTests {

    private static final String SETUP_TOKEN = "browser-test-setup-token-0123456789abcdefghijkl";
    private static final String ADMIN_PASSWORD = "tidal marsh lantern seven";
    private static final String AUTHOR_PASSWORD = "heron quay copper kettle";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Postbox postbox;

    private SiteBrowser browser;
    private String authorSecret = "";

    @BeforeAll
    void startBrowser() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_member").query(Long.class).single())
                .as("the demo site starts with no staff, so its setup link is open").isZero();
        // The link the server printed at start holds a random token; this one is known to the test.
        var now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("INSERT INTO setup_token (token_hash, created_at, expires_at) VALUES (:hash, :now, :expires)")
                .param("hash", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(SETUP_TOKEN.getBytes(StandardCharsets.UTF_8))))
                .param("now", now)
                .param("expires", now.plusHours(1))
                .update();
        browser = SiteBrowser.start(port);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void theOwnerCreatesTheAdministratorFromTheSetupLink() {
        browser.visit("/admin/setup?token=" + SETUP_TOKEN);
        var form = browser.find(By.cssSelector("form[action='/admin/setup']"));
        type(form, "Your name", "Ada Min");
        type(form, "E-mail address", "ada@example.org");
        type(form, "Password", ADMIN_PASSWORD);
        type(form, "Password again", ADMIN_PASSWORD);
        browser.press(form, "Create the account");

        assertThat(browser.visibleText()).contains("Your account is ready");
        signIn("ada@example.org", ADMIN_PASSWORD);
        assertThat(browser.headline()).isEqualTo("Dashboard");
        assertThat(browser.find(By.cssSelector(".admin-bar__name")).getText()).contains("Ada Min", "Administrator");
    }

    @Test
    @Order(2)
    void theAdministratorInvitesAnAuthorWhoJoinsThroughTheEmailedLink() {
        browser.find(By.linkText("Staff")).click();
        browser.waiting().until(urlContains("/admin/staff"));
        var invite = browser.find(By.cssSelector("form[action='/admin/staff/invite']"));
        type(invite, "E-mail address", "amy@example.org");
        new Select(invite.findElement(By.id("invite-role"))).selectByVisibleText("Author");
        browser.press(invite, "Send invitation");
        assertThat(browser.visibleText()).contains("Invitation sent to amy@example.org");
        assertAccessible("the staff page");
        signOut();

        var mail = postbox.recent("invitation", 10).stream().filter(kept -> kept.to().equals("amy@example.org"))
                .findFirst().orElseThrow().mail().text();
        var link = mail.lines().filter(line -> line.contains("/admin/join?token=")).findFirst().orElseThrow().strip();
        browser.visit(link.substring(link.indexOf("/admin/join")));
        assertThat(browser.visibleText()).contains("You are invited as Author", "amy@example.org");
        var join = browser.find(By.cssSelector("form[action='/admin/join']"));
        type(join, "Your name", "Amy Author");
        type(join, "Password", "password123456");
        type(join, "Password again", "password123456");
        browser.press(join, "Create my account");
        assertThat(browser.visibleText()).contains("most common passwords");
        join = browser.find(By.cssSelector("form[action='/admin/join']"));
        assertThat(join.findElement(By.id("displayName")).getDomProperty("value")).isEqualTo("Amy Author");
        type(join, "Password", AUTHOR_PASSWORD);
        type(join, "Password again", AUTHOR_PASSWORD);
        browser.press(join, "Create my account");

        signIn("amy@example.org", AUTHOR_PASSWORD);
        assertThat(browser.find(By.cssSelector(".admin-bar__name")).getText()).contains("Amy Author", "Author");
        assertThat(browser.find(By.cssSelector(".admin-bar__nav")).getText()).doesNotContain("Staff");
    }

    @Test
    @Order(3)
    void theAuthorTurnsOnTwoFactorSignInAndThenSignsInWithACode() throws Exception {
        browser.find(By.cssSelector(".admin-bar__name")).click();
        browser.waiting().until(urlContains("/admin/account"));
        browser.find(By.linkText("Set up two-factor sign-in")).click();
        browser.waiting().until(urlContains("/admin/account/two-factor"));
        assertThat(browser.find(By.cssSelector("img.qr")).isDisplayed()).isTrue();
        assertAccessible("the two-factor set-up page");
        authorSecret = browser.find(By.id("secret")).getText().replace(" ", "");
        var enrol = browser.find(By.cssSelector("form[action='/admin/account/two-factor']"));
        type(enrol, "Code from the app", code(authorSecret));
        browser.press(enrol, "Turn on two-factor sign-in");
        assertThat(browser.headline()).isEqualTo("Your recovery codes");
        assertThat(browser.driver().findElements(By.cssSelector(".codes code"))).hasSize(10);
        signOut();

        signIn("amy@example.org", AUTHOR_PASSWORD);
        assertThat(browser.headline()).isEqualTo("One more step");
        assertAccessible("the second step of signing in");
        var step = browser.find(By.cssSelector("form[action='/admin/login/code']"));
        type(step, "Code", code(authorSecret));
        browser.press(step, "Sign in");

        assertThat(browser.headline()).isEqualTo("Dashboard");
        assertThat(browser.find(By.cssSelector(".admin-bar__name")).getText()).contains("Amy Author");
    }

    /** Checked with axe, like the public pages in {@link AccessibilityBrowserTests}. */
    private void assertAccessible(String page) {
        var results = new AxeBuilder().analyze(browser.driver());
        assertThat(results.isErrored()).as("axe ran on %s", page).isFalse();
        assertThat(results.getViolations()).withFailMessage(() -> page + " breaks: " + results.getViolations().stream()
                .map(rule -> rule.getId() + " at " + rule.getNodes().stream().map(node -> node.getHtml()).toList())
                .toList()).isEmpty();
    }

    private void signIn(String email, String password) {
        if (!browser.driver().getCurrentUrl().contains("/admin/login")) {
            browser.visit("/admin/login");
        }
        var form = browser.find(By.cssSelector("form[action='/admin/login']"));
        var address = form.findElement(By.id("email"));
        address.clear();
        address.sendKeys(email);
        type(form, "Password", password);
        browser.press(form, "Sign in");
    }

    private void signOut() {
        browser.press(browser.find(By.cssSelector("form[action='/admin/logout']")), "Sign out");
        assertThat(browser.visibleText()).contains("You have signed out");
    }

    private static void type(WebElement form, String label, String text) {
        var field = form.findElement(By.xpath(".//label[normalize-space() = '" + label + "']/following-sibling::input[1]"));
        field.clear();
        field.sendKeys(text);
    }

    private static String code(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Math.floorDiv(Instant.now().getEpochSecond(), 30));
    }
}
