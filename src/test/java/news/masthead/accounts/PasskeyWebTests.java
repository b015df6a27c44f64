package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import dev.samstevens.totp.code.DefaultCodeGenerator;

/**
 * Spring Security's passkey endpoints as the admin wires them: where they answer, who may use
 * them, that the challenge of a passkey being added survives in the database-backed session, and
 * that a passkey the server cannot check is refused with a message rather than a server error.
 * The browser's side, with a real (virtual) authenticator, is PasskeyBrowserTests.
 */
class PasskeyWebTests extends AdminWebTest {

    private static final String BODY_OF_A_PASSKEY_THAT_DOES_NOT_CHECK_OUT = """
            {"id":"AAECAw","rawId":"AAECAw","type":"public-key","response":{"authenticatorData":"AAAA",
             "clientDataJSON":"AAAA","signature":"AAAA","userHandle":"AAAA"},"clientExtensionResults":{},
             "authenticatorAttachment":"platform"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffManagement staff;
    @Autowired
    StaffCredentials credentials;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void oneEditor() {
        jdbc.sql("DELETE FROM staff_member").update();
        jdbc.sql("DELETE FROM sign_in_failure").update();
        jdbc.sql("UPDATE staff_policy SET two_factor_required = FALSE").update();
        staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
    }

    @Test
    void anyoneMayAskForTheOptionsToSignInWithAPasskeyButOnlyWithTheFormsToken() throws Exception {
        var browser = new AdminSession(mvc);
        var options = browser.perform(json(post("/admin/login/passkey/options")).with(csrf().asHeader()))
                .getResponse();

        assertThat(options.getStatus()).isEqualTo(200);
        var body = options.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.rpId")).isEqualTo("localhost");
        assertThat((String) JsonPath.read(body, "$.userVerification")).isEqualTo("required");
        assertThat((String) JsonPath.read(body, "$.challenge")).matches("[A-Za-z0-9_-]{20,}");
        assertThat(new AdminSession(mvc).perform(json(post("/admin/login/passkey/options"))).getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void aPasskeyThatDoesNotCheckOutIsRefusedInJsonAndAudited() throws Exception {
        var browser = new AdminSession(mvc);
        browser.perform(json(post("/admin/login/passkey/options")).with(csrf().asHeader()));

        var refused = browser.perform(json(post("/admin/login/passkey")).with(csrf().asHeader())
                .content(BODY_OF_A_PASSKEY_THAT_DOES_NOT_CHECK_OUT)).getResponse();

        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.error")).contains("did not sign you in");
        assertThat(browser.perform(get("/admin")).getResponse().getRedirectedUrl()).endsWith("/admin/login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'sign-in.failed' AND detail = :detail")
                .param("detail", "Passkey not accepted").query(Long.class).single()).isPositive();
    }

    @Test
    void addingAPasskeyTakesAFullSignIn() throws Exception {
        var signedOut = new AdminSession(mvc);
        assertThat(signedOut.perform(json(post("/admin/account/passkeys/options")).with(csrf().asHeader()))
                .getResponse().getRedirectedUrl()).endsWith("/admin/login");

        enrolTwoFactor();
        var halfway = new AdminSession(mvc).from("192.0.2.7");
        assertThat(SignInSecurityTests.signIn(halfway, "ed@example.org", PASSWORD)).isEqualTo("/admin/login/code");
        assertThat(halfway.perform(json(post("/admin/account/passkeys/options")).with(csrf().asHeader()))
                .getResponse().getRedirectedUrl()).isEqualTo("/admin/login/code");
        assertThat(halfway.perform(json(post("/admin/account/passkeys")).with(csrf().asHeader()).content("{}"))
                .getResponse().getRedirectedUrl()).isEqualTo("/admin/login/code");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_entities").query(Long.class).single()).isZero();
    }

    @Test
    void theChallengeOfAPasskeyBeingAddedIsKeptInTheSessionUntilTheBrowserAnswers() throws Exception {
        var browser = new AdminSession(mvc);
        assertThat(SignInSecurityTests.signIn(browser, "ed@example.org", PASSWORD)).isEqualTo("/admin");

        var options = browser.perform(json(post("/admin/account/passkeys/options")).with(csrf().asHeader()))
                .getResponse();

        assertThat(options.getStatus()).isEqualTo(200);
        var body = options.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.rp.id")).isEqualTo("localhost");
        assertThat((String) JsonPath.read(body, "$.user.name")).isEqualTo("ed@example.org");
        assertThat((String) JsonPath.read(body, "$.authenticatorSelection.userVerification")).isEqualTo("required");
        assertThat((String) JsonPath.read(body, "$.authenticatorSelection.residentKey")).isEqualTo("required");
        assertThat(jdbc.sql("SELECT name FROM user_entities").query(String.class).single()).isEqualTo("ed@example.org");

        // The offer came back out of the database-backed session: without it the answer would be a bare 400.
        var answer = browser.perform(json(post("/admin/account/passkeys")).with(csrf().asHeader()).content("""
                {"publicKey":{"label":"Forged","credential":{"id":"AAECAw","rawId":"AAECAw","type":"public-key",
                 "response":{"attestationObject":"AAAA","clientDataJSON":"AAAA","transports":["internal"]},
                 "clientExtensionResults":{},"authenticatorAttachment":"platform"}}}""")).getResponse();

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(answer.getContentAsString(), "$.error")).contains("could not be added");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_credentials").query(Long.class).single()).isZero();
    }

    @Test
    void theAccountPageOffersPasskeysOnlyToBrowsersThatCanUseThem() throws Exception {
        var browser = new AdminSession(mvc);
        SignInSecurityTests.signIn(browser, "ed@example.org", PASSWORD);

        var page = Jsoup.parse(browser.perform(get("/admin/account")).getResponse().getContentAsString());

        assertThat(page.select("#passkeys-heading").text()).isEqualTo("Passkeys");
        assertThat(page.select("form[data-passkey-add]").hasAttr("hidden")).isTrue();
        assertThat(page.select("form[data-passkey-add] input[data-csrf]")).hasSize(1);
        assertThat(page.select("[data-passkey-unsupported]").hasAttr("hidden")).isFalse();
        assertThat(page.select("script[src='/assets/admin/passkeys.js']")).hasSize(1);
        assertThat(page.select("script:not([src])")).isEmpty();

        var login = Jsoup.parse(new AdminSession(mvc).perform(get("/admin/login")).getResponse().getContentAsString());
        assertThat(login.select("[data-passkey-sign-in]").hasAttr("hidden")).isTrue();
        assertThat(login.select("form[action='/admin/login'] input[name=password]")).hasSize(1);
    }

    private void enrolTwoFactor() throws Exception {
        var enrolment = credentials.startEnrolment("ed@example.org");
        var code = new DefaultCodeGenerator().generate(enrolment.secret(),
                Math.floorDiv(Instant.now().getEpochSecond(), 30));
        assertThat(credentials.enrolTwoFactor("ed@example.org", enrolment.secret(), enrolment.signature(), code))
                .isPresent();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON);
    }
}
