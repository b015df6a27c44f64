package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import dev.samstevens.totp.code.DefaultCodeGenerator;

/**
 * Two-factor sign-in as staff meet it: setting up an app from the account page, the code step
 * after the password, recovery codes that work once, and the newsroom-wide requirement.
 */
class TwoFactorSignInTests extends AdminWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void cleanSlate() {
        jdbc.sql("DELETE FROM staff_member").update();
        jdbc.sql("DELETE FROM sign_in_failure").update();
        jdbc.sql("UPDATE staff_policy SET two_factor_required = FALSE").update();
        staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
    }

    @Test
    void afterEnrollingThePasswordAloneNoLongerSignsIn() throws Exception {
        var browser = new AdminSession(mvc);
        assertThat(SignInSecurityTests.signIn(browser, "ed@example.org", PASSWORD)).isEqualTo("/admin");
        var secret = enrol(browser, "/admin/account/two-factor");
        browser.perform(post("/admin/logout").with(csrf()));

        var second = new AdminSession(mvc);
        assertThat(SignInSecurityTests.signIn(second, "ed@example.org", PASSWORD)).isEqualTo("/admin/login/code");
        assertThat(second.perform(get("/admin")).getResponse().getRedirectedUrl()).isEqualTo("/admin/login/code");
        assertThat(second.perform(get("/admin/staff")).getResponse().getRedirectedUrl())
                .isEqualTo("/admin/login/code");
        var wrong = second.perform(post("/admin/login/code").with(csrf()).param("code", "000000")).getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("That code did not work");

        var right = second.perform(post("/admin/login/code").with(csrf()).param("code", code(secret))).getResponse();

        assertThat(right.getRedirectedUrl()).isEqualTo("/admin");
        assertThat(second.perform(get("/admin")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anAppCodeSignsInOnceOnly() throws Exception {
        var browser = new AdminSession(mvc);
        SignInSecurityTests.signIn(browser, "ed@example.org", PASSWORD);
        var secret = enrol(browser, "/admin/account/two-factor");
        var seen = code(secret);

        var first = new AdminSession(mvc);
        SignInSecurityTests.signIn(first, "ed@example.org", PASSWORD);
        assertThat(first.perform(post("/admin/login/code").with(csrf()).param("code", seen)).getResponse()
                .getRedirectedUrl()).isEqualTo("/admin");
        var replay = new AdminSession(mvc).from("192.0.2.99");
        SignInSecurityTests.signIn(replay, "ed@example.org", PASSWORD);

        assertThat(replay.perform(post("/admin/login/code").with(csrf()).param("code", seen)).getResponse()
                .getStatus()).isEqualTo(422);
    }

    @Test
    void aRecoveryCodeStandsInForTheAppOnce() throws Exception {
        var browser = new AdminSession(mvc);
        SignInSecurityTests.signIn(browser, "ed@example.org", PASSWORD);
        var page = Jsoup.parse(browser.perform(get("/admin/account/two-factor")).getResponse().getContentAsString());
        var secret = page.selectFirst("input[name=secret]").val();
        var shown = browser.perform(post("/admin/account/two-factor").with(csrf()).param("secret", secret)
                .param("signature", page.selectFirst("input[name=signature]").val()).param("code", code(secret)))
                .getResponse().getContentAsString();
        List<String> codes = Jsoup.parse(shown).select(".codes code").eachText();
        assertThat(codes).hasSize(TwoFactor.RECOVERY_CODES).doesNotHaveDuplicates();

        var first = new AdminSession(mvc);
        SignInSecurityTests.signIn(first, "ed@example.org", PASSWORD);
        assertThat(first.perform(post("/admin/login/code").with(csrf()).param("code", codes.get(3).toUpperCase()))
                .getResponse().getRedirectedUrl()).isEqualTo("/admin");

        var again = new AdminSession(mvc);
        SignInSecurityTests.signIn(again, "ed@example.org", PASSWORD);
        assertThat(again.perform(post("/admin/login/code").with(csrf()).param("code", codes.get(3)))
                .getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code").query(Long.class).single())
                .isEqualTo(TwoFactor.RECOVERY_CODES - 1);
    }

    @Test
    void guessingCodesAtTheSecondStepIsThrottledLikePasswords() throws Exception {
        var browser = new AdminSession(mvc);
        SignInSecurityTests.signIn(browser, "ed@example.org", PASSWORD);
        enrol(browser, "/admin/account/two-factor");

        var thief = new AdminSession(mvc).from("203.0.113.80");
        SignInSecurityTests.signIn(thief, "ed@example.org", PASSWORD);
        String outcome = null;
        for (int i = 0; i < 10 && outcome == null; i++) {
            outcome = thief.perform(post("/admin/login/code").with(csrf()).param("code", "12345" + i)).getResponse()
                    .getRedirectedUrl();
        }

        assertThat(outcome).isEqualTo("/admin/login?throttled");
        assertThat(thief.perform(get("/admin/login/code")).getResponse().getRedirectedUrl())
                .endsWith("/admin/login");
    }

    @Test
    void whenTheNewsroomRequiresItStaffWithoutAnAppSetOneUpBeforeGoingFurther() throws Exception {
        staff.requireTwoFactor(true);
        var browser = new AdminSession(mvc);

        assertThat(SignInSecurityTests.signIn(browser, "ed@example.org", PASSWORD)).isEqualTo("/admin/login/enrol");
        assertThat(browser.perform(get("/admin")).getResponse().getRedirectedUrl()).isEqualTo("/admin/login/enrol");
        assertThat(browser.perform(get("/admin/login/code")).getResponse().getRedirectedUrl())
                .isEqualTo("/admin/login/enrol");
        enrol(browser, "/admin/login/enrol");

        assertThat(browser.perform(get("/admin")).getResponse().getStatus()).isEqualTo(200);
        assertThat(staff.profile("ed@example.org").orElseThrow().twoFactor()).isTrue();
        var account = browser.perform(get("/admin/account")).getResponse().getContentAsString();
        assertThat(account).contains("The newsroom requires it for everyone").doesNotContain("Turn off two-factor");
    }

    /** Sets up an app on the page at this path, as a person would; returns the secret the app holds. */
    private String enrol(AdminSession browser, String path) throws Exception {
        var page = Jsoup.parse(browser.perform(get(path)).getResponse().getContentAsString());
        assertThat(page.select("img.qr").attr("src")).startsWith("data:image/png;base64,");
        var secret = page.selectFirst("input[name=secret]").val();
        assertThat(page.select("#secret").text().replace(" ", "")).isEqualTo(secret);
        var signature = page.selectFirst("input[name=signature]").val();
        var tampered = browser.perform(post(path).with(csrf()).param("secret", "AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH")
                .param("signature", signature).param("code", code("AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHH"))).getResponse();
        assertThat(tampered.getStatus()).as("a secret the server did not offer").isEqualTo(422);

        var done = browser.perform(post(path).with(csrf()).param("secret", secret).param("signature", signature)
                .param("code", code(secret))).getResponse();
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString()).contains("Your recovery codes");
        return secret;
    }

    static String code(String secret) throws Exception {
        return new DefaultCodeGenerator().generate(secret, Math.floorDiv(Instant.now().getEpochSecond(), 30));
    }
}
