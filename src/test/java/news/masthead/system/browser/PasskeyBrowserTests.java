package news.masthead.system.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Instant;
import java.util.List;

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
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.deque.html.axecore.selenium.AxeBuilder;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import news.masthead.accounts.Role;
import news.masthead.accounts.StaffAccounts;
import news.masthead.accounts.StaffCredentials;
import news.masthead.accounts.StaffManagement;

/**
 * Passkeys in a real browser, with Chromium's virtual authenticator standing in for a phone or a
 * laptop's fingerprint reader: a desk editor who signs in with a password and an app code adds a
 * passkey on their account page, and from then on signs in with the passkey alone, unless their
 * account is locked or deactivated.
 */
@DemoSite
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasskeyBrowserTests {

    private static final String EMAIL = "pia.passkey@example.org";
    private static final String PASSWORD = "harbour lamp orchard nine";

    @LocalServerPort
    int port;
    @Autowired
    StaffManagement staff;
    @Autowired
    StaffCredentials credentials;
    @Autowired
    JdbcClient jdbc;

    private SiteBrowser browser;
    private VirtualAuthenticator authenticator;
    private String totpSecret = "";
    private List<String> recoveryCodes = List.of();

    @BeforeAll
    void startBrowser() throws Exception {
        StaffAccounts.join(staff, "Pia Passkey", EMAIL, PASSWORD, Role.EDITOR);
        var enrolment = credentials.startEnrolment(EMAIL);
        totpSecret = enrolment.secret();
        recoveryCodes = credentials.enrolTwoFactor(EMAIL, enrolment.secret(), enrolment.signature(), code())
                .orElseThrow();
        // localhost, not 127.0.0.1: browsers make passkeys only for a domain name.
        browser = SiteBrowser.start(port, "localhost");
        browser.visit("/admin/login");
        authenticator = ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(
                new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true)
                        .setHasUserVerification(true)
                        .setIsUserVerified(true));
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    @Order(1)
    void theEditorSignsInWithPasswordAndCodeAndAddsAPasskey() throws Exception {
        signInWithPassword(code());
        browser.find(By.cssSelector(".admin-bar__name")).click();
        browser.waiting().until(urlContains("/admin/account"));
        assertThat(browser.visibleText()).contains("You have no passkeys yet");
        assertThat(browser.find(By.cssSelector("[data-passkey-unsupported]")).isDisplayed()).isFalse();

        var add = browser.find(By.cssSelector("form[data-passkey-add]"));
        add.findElement(By.id("passkeyLabel")).sendKeys("Desk laptop");
        add.findElement(By.xpath(".//button[normalize-space() = 'Add a passkey']")).click();
        browser.waiting().until(urlContains("passkey-added"));

        assertThat(browser.visibleText()).contains("Your passkey is added");
        var passkey = browser.find(By.cssSelector(".passkeys__item"));
        assertThat(passkey.getText()).contains("Desk laptop", "Not used yet");
        assertThat(authenticator.getCredentials()).hasSize(1);
        assertThat(audited("passkey.added")).isEqualTo(1);
        assertAccessible("the account page with a passkey");
        signOut();
    }

    @Test
    @Order(2)
    void thePasskeyAloneSignsInWithoutTheAppCode() {
        signInWithPasskey();
        browser.waiting().until(visibilityOfElementLocated(By.cssSelector(".admin-bar__name")));

        assertThat(browser.headline()).isEqualTo("Dashboard");
        assertThat(browser.find(By.cssSelector(".admin-bar__name")).getText()).contains("Pia Passkey", "Editor");
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE actor = :email AND action = 'sign-in'"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").param("email", EMAIL).query(String.class).single())
                .isEqualTo("Passkey");
        browser.visit("/admin/account");
        assertThat(browser.find(By.cssSelector(".passkeys__item")).getText()).contains("Last used")
                .doesNotContain("Not used yet");
        signOut();
    }

    @Test
    @Order(3)
    void aLockedOrDeactivatedAccountIsRefusedEvenWithItsPasskey() {
        jdbc.sql("UPDATE staff_member SET locked_at = CURRENT_TIMESTAMP WHERE email = :email").param("email", EMAIL)
                .update();
        signInWithPasskey();
        assertThat(passkeyError()).contains("locked");
        assertThat(browser.driver().getCurrentUrl()).contains("/admin/login");
        var id = staff.profile(EMAIL).orElseThrow().id();
        staff.liftLockOut(id);

        staff.deactivate(id);
        browser.visit("/admin/login");
        signInWithPasskey();
        assertThat(passkeyError()).contains("did not sign you in");
        browser.visit("/admin");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/login");
        staff.reactivate(id);
    }

    @Test
    @Order(4)
    void theEditorRemovesThePasskey() throws Exception {
        browser.visit("/admin/login");
        // The app's code of a moment ago works once only; a recovery code does instead.
        signInWithPassword(recoveryCodes.getFirst());
        browser.visit("/admin/account");
        browser.press(browser.find(By.cssSelector(".passkeys__item form")), "Remove Desk laptop");

        assertThat(browser.visibleText()).contains("The passkey is removed", "You have no passkeys yet");
        assertThat(audited("passkey.removed")).isEqualTo(1);
        signOut();
        signInWithPasskey();
        assertThat(passkeyError()).contains("did not sign you in");
    }

    private void signInWithPassword(String secondStep) {
        var form = browser.find(By.cssSelector("form[action='/admin/login']"));
        form.findElement(By.id("email")).sendKeys(EMAIL);
        form.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.press(form, "Sign in");
        assertThat(browser.headline()).as(browser.driver().getCurrentUrl() + " " + browser.visibleText())
                .isEqualTo("One more step");
        var step = browser.find(By.cssSelector("form[action='/admin/login/code']"));
        step.findElement(By.id("code")).sendKeys(secondStep);
        browser.press(step, "Sign in");
        assertThat(browser.headline()).isEqualTo("Dashboard");
    }

    private void signInWithPasskey() {
        var button = browser.waiting().until(visibilityOfElementLocated(
                By.xpath("//button[normalize-space() = 'Sign in with a passkey']")));
        button.click();
    }

    private String passkeyError() {
        WebElement error = browser.waiting()
                .until(visibilityOfElementLocated(By.cssSelector("[data-passkey-sign-in] [data-passkey-error]")));
        return error.getText();
    }

    private void signOut() {
        browser.press(browser.find(By.cssSelector("form[action='/admin/logout']")), "Sign out");
        assertThat(browser.visibleText()).contains("You have signed out");
    }

    private long audited(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = :action AND subject = :email")
                .param("action", action)
                .param("email", EMAIL)
                .query(Long.class)
                .single();
    }

    private void assertAccessible(String page) {
        var results = new AxeBuilder().analyze(browser.driver());
        assertThat(results.isErrored()).as("axe ran on %s", page).isFalse();
        assertThat(results.getViolations()).withFailMessage(() -> page + " breaks: " + results.getViolations().stream()
                .map(rule -> rule.getId() + " at " + rule.getNodes().stream().map(node -> node.getHtml()).toList())
                .toList()).isEmpty();
    }

    private String code() throws Exception {
        return new DefaultCodeGenerator().generate(totpSecret, Math.floorDiv(Instant.now().getEpochSecond(), 30));
    }
}
