package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import news.masthead.signing.Signatures;

/**
 * Bringing people in and helping them back: an invitation e-mailed by an administrator, the
 * invitee choosing their password, a forgotten password reset by link, a changed password, and
 * the audit log that records it all.
 */
class StaffInvitationTests extends AdminWebTest {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/admin/\\S+token=[A-Za-z0-9_.-]+");

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Signatures signatures;

    private AdminSession admin;

    @BeforeEach
    void anAdministrator() throws Exception {
        jdbc.sql("DELETE FROM staff_member").update();
        jdbc.sql("DELETE FROM sign_in_failure").update();
        jdbc.sql("DELETE FROM outgoing_mail").update();
        jdbc.sql("UPDATE staff_policy SET two_factor_required = FALSE").update();
        staff.join(new NewStaffMember("Ada Min", "ada@example.org", PASSWORD), Role.ADMINISTRATOR);
        admin = new AdminSession(mvc);
        SignInSecurityTests.signIn(admin, "ada@example.org", PASSWORD);
    }

    @Test
    void anInvitedAuthorChoosesTheirPasswordAndSignsInAsAnAuthor() throws Exception {
        var bad = admin.perform(post("/admin/staff/invite").with(csrf()).param("email", "not an address")
                .param("role", "AUTHOR")).getResponse();
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("name@example.com").contains("value=\"not an address\"");

        var sent = admin.perform(post("/admin/staff/invite").with(csrf()).param("email", "Amy@Example.org")
                .param("role", "AUTHOR")).getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/admin/staff");
        var link = linkIn("amy@example.org", "invitation");
        var invitee = new AdminSession(mvc);
        var form = invitee.perform(get(link)).getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("Author", "amy@example.org");
        var token = Jsoup.parse(form.getContentAsString()).selectFirst("input[name=token]").val();

        var weak = invitee.perform(post("/admin/join").with(csrf()).param("token", token)
                .param("displayName", "Amy Author").param("password", "password123456")
                .param("confirmPassword", "password123456")).getResponse();
        assertThat(weak.getStatus()).isEqualTo(422);
        assertThat(weak.getContentAsString()).contains("most common passwords").contains("value=\"Amy Author\"");
        var joined = invitee.perform(post("/admin/join").with(csrf()).param("token", token)
                .param("displayName", "Amy Author").param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .getResponse();
        assertThat(joined.getRedirectedUrl()).isEqualTo("/admin/login?created");

        assertThat(staff.profile("amy@example.org").orElseThrow().role()).isEqualTo(Role.AUTHOR);
        assertThat(invitee.perform(get(link)).getResponse().getStatus()).as("the link works once").isEqualTo(404);
        assertThat(SignInSecurityTests.signIn(invitee, "amy@example.org", PASSWORD)).isEqualTo("/admin");
        var dashboard = invitee.perform(get("/admin")).getResponse().getContentAsString();
        assertThat(Jsoup.parse(dashboard).select(".admin-bar__nav").text()).doesNotContain("Staff", "Audit log");
        assertThat(invitee.perform(get("/admin/staff")).getResponse().getStatus()).isEqualTo(403);

        var audit = admin.perform(get("/admin/audit")).getResponse().getContentAsString();
        assertThat(Jsoup.parse(audit).select("tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .contains("ada@example.org", "staff.invited", "amy@example.org", "Author"))
                .anySatisfy(row -> assertThat(row).contains("staff.joined", "amy@example.org"));
    }

    @Test
    void aForgedAlteredOrExpiredInvitationLeadsNowhere() throws Exception {
        admin.perform(post("/admin/staff/invite").with(csrf()).param("email", "amy@example.org").param("role", "AUTHOR"));
        var link = linkIn("amy@example.org", "invitation");
        var token = link.substring(link.indexOf("token=") + 6);
        var payload = token.substring(0, token.indexOf('.'));
        var asAdministrator = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(payload)).replace("AUTHOR", "ADMINISTRATOR").getBytes());

        var expired = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("amy@example.org\nAUTHOR\n" + Instant.now().minusSeconds(60).getEpochSecond()).getBytes());
        var stranger = new AdminSession(mvc);
        assertThat(stranger.perform(get("/admin/join").param("token",
                expired + "." + signatures.sign(StaffManagement.INVITATION, expired))).getResponse().getStatus())
                .as("a genuine invitation past its time").isEqualTo(404);
        assertThat(stranger.perform(get("/admin/join").param("token", asAdministrator + token.substring(token.indexOf('.'))))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(stranger.perform(get("/admin/join").param("token", "made-up")).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aForgottenPasswordIsResetByALinkThatWorksOnce() throws Exception {
        staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
        var browser = new AdminSession(mvc);
        var known = browser.perform(post("/admin/password/forgot").with(csrf()).param("email", "ed@example.org"))
                .getResponse().getContentAsString();
        var unknown = browser.perform(post("/admin/password/forgot").with(csrf()).param("email", "who@example.org"))
                .getResponse().getContentAsString();
        assertThat(Jsoup.parse(unknown).select(".notice").text()).isEqualTo(Jsoup.parse(known).select(".notice").text());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_mail").query(Long.class).single()).isEqualTo(1);

        var link = linkIn("ed@example.org", "password-reset");
        var form = browser.perform(get(link)).getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        var token = Jsoup.parse(form.getContentAsString()).selectFirst("input[name=token]").val();
        var changed = browser.perform(post("/admin/password/reset").with(csrf()).param("token", token)
                .param("password", "new harbour lantern eight").param("confirmPassword", "new harbour lantern eight"))
                .getResponse();

        assertThat(changed.getRedirectedUrl()).isEqualTo("/admin/login?reset");
        assertThat(browser.perform(get(link)).getResponse().getStatus()).isEqualTo(404);
        assertThat(SignInSecurityTests.signIn(browser, "ed@example.org", PASSWORD)).isEqualTo("/admin/login?error");
        assertThat(SignInSecurityTests.signIn(browser, "ed@example.org", "new harbour lantern eight"))
                .isEqualTo("/admin");
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOne() throws Exception {
        var wrong = admin.perform(post("/admin/account/password").with(csrf()).param("currentPassword", "guess")
                .param("newPassword", "new harbour lantern eight").param("confirmPassword", "new harbour lantern eight"))
                .getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("not your current password");

        var right = admin.perform(post("/admin/account/password").with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "new harbour lantern eight").param("confirmPassword", "new harbour lantern eight"))
                .getResponse();
        assertThat(right.getRedirectedUrl()).isEqualTo("/admin/account");
        assertThat(SignInSecurityTests.signIn(new AdminSession(mvc), "ada@example.org", "new harbour lantern eight"))
                .isEqualTo("/admin");
    }

    @Test
    void administratorsLiftLockOutsAndDeactivateFromTheStaffPage() throws Exception {
        long id = staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
        jdbc.sql("UPDATE staff_member SET locked_at = CURRENT_TIMESTAMP WHERE id = :id").param("id", id).update();
        var page = Jsoup.parse(admin.perform(get("/admin/staff")).getResponse().getContentAsString());
        assertThat(page.select("#staff-" + id).text()).contains("Ed Itor", "Locked out");

        admin.perform(post(page.select("#staff-" + id + " form[action$=/unlock]").attr("action")).with(csrf()));
        assertThat(SignInSecurityTests.signIn(new AdminSession(mvc), "ed@example.org", PASSWORD)).isEqualTo("/admin");
        admin.perform(post("/admin/staff/" + id + "/deactivate").with(csrf()));

        assertThat(Jsoup.parse(admin.perform(get("/admin/staff")).getResponse().getContentAsString())
                .select("#staff-" + id).text()).contains("Deactivated");
        assertThat(SignInSecurityTests.signIn(new AdminSession(mvc), "ed@example.org", PASSWORD))
                .isEqualTo("/admin/login?error");
    }

    private String linkIn(String recipient, String purpose) {
        var text = jdbc.sql("SELECT text_body FROM outgoing_mail WHERE recipient = :to AND purpose = :purpose"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param("to", recipient).param("purpose", purpose).query(String.class).single();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a link in: %s", text).isTrue();
        var link = matcher.group();
        return link.substring(link.indexOf("/admin/"));
    }
}
