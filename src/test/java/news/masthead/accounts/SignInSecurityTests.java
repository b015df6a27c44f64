package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import news.masthead.audit.AuditLog;

/**
 * Guessing passwords: throttled per account and per network address, locked after more, lifted by
 * an administrator. Sessions: kept in the database, renewed at sign-in, ended everywhere at once.
 */
class SignInSecurityTests extends AdminWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountsSettings settings;

    @BeforeEach
    void cleanSlate() {
        jdbc.sql("DELETE FROM staff_member").update();
        jdbc.sql("DELETE FROM sign_in_failure").update();
        jdbc.sql("DELETE FROM spring_session").update();
        jdbc.sql("DELETE FROM audit_entry").update();
        jdbc.sql("UPDATE staff_policy SET two_factor_required = FALSE").update();
    }

    @Test
    void anAccountIsThrottledAfterAFewFailuresThenLockedUntilAnAdministratorLiftsIt() throws Exception {
        long id = staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
        var guesser = new AdminSession(mvc).from("203.0.113.5");

        for (int i = 0; i < settings.throttleAfter(); i++) {
            assertThat(signIn(guesser, "ed@example.org", "wrong guess " + i)).isEqualTo("/admin/login?error");
        }
        assertThat(signIn(guesser, "ed@example.org", PASSWORD)).as("even the right password waits")
                .isEqualTo("/admin/login?throttled");
        for (int i = settings.throttleAfter() + 1; i < settings.lockAfter(); i++) {
            assertThat(signIn(guesser, "ed@example.org", "wrong guess " + i)).isEqualTo("/admin/login?throttled");
        }
        assertThat(staff.profile("ed@example.org").orElseThrow().locked()).isTrue();
        var owner = new AdminSession(mvc).from("192.0.2.44");
        assertThat(signIn(owner, "ed@example.org", PASSWORD)).isEqualTo("/admin/login?locked");
        assertThat(audit.recent("ed@example.org", "sign-in.locked-out", 5)).hasSize(1);
        assertThat(audit.recent("ed@example.org", "sign-in.failed", 50)).hasSize(settings.throttleAfter());

        staff.liftLockOut(id);

        assertThat(signIn(owner, "ed@example.org", PASSWORD)).isEqualTo("/admin");
        assertThat(owner.perform(get("/admin")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anAddressThatFailsOnManyAccountsIsThrottledForAllOfThem() throws Exception {
        staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
        var sprayer = new AdminSession(mvc).from("198.51.100.7");
        for (int i = 0; i < settings.addressLimit(); i++) {
            assertThat(signIn(sprayer, "user" + i + "@example.org", "Password1!")).isEqualTo("/admin/login?error");
        }

        assertThat(signIn(sprayer, "ed@example.org", PASSWORD)).isEqualTo("/admin/login?throttled");
        assertThat(staff.profile("ed@example.org").orElseThrow().locked()).isFalse();
        assertThat(signIn(new AdminSession(mvc).from("198.51.100.8"), "ed@example.org", PASSWORD)).isEqualTo("/admin");
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        long id = staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
        staff.join(new NewStaffMember("Ada Min", "ada@example.org", PASSWORD), Role.ADMINISTRATOR);

        assertThat(staff.deactivate(id)).isEqualTo(StaffChange.DONE);

        assertThat(signIn(new AdminSession(mvc), "ed@example.org", PASSWORD)).isEqualTo("/admin/login?error");
    }

    @Test
    void theLastActiveAdministratorCannotBeDemotedOrDeactivated() {
        long id = staff.join(new NewStaffMember("Ada Min", "ada@example.org", PASSWORD), Role.ADMINISTRATOR);

        assertThat(staff.changeRole(id, Role.EDITOR)).isEqualTo(StaffChange.LAST_ADMINISTRATOR);
        assertThat(staff.deactivate(id)).isEqualTo(StaffChange.LAST_ADMINISTRATOR);
        assertThat(staff.profile("ada@example.org").orElseThrow().role()).isEqualTo(Role.ADMINISTRATOR);
    }

    @Test
    void signingInGivesANewSessionIdKeptInTheDatabase() throws Exception {
        staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
        var browser = new AdminSession(mvc);
        var before = browser.perform(get("/admin/login")).getResponse().getCookie(AdminSessions.COOKIE);
        assertThat(before).as("the sign-in form's session, for its CSRF token").isNotNull();

        var signedIn = browser.perform(post("/admin/login").with(csrf()).param("email", "ed@example.org")
                .param("password", PASSWORD)).getResponse();

        var after = signedIn.getCookie(AdminSessions.COOKIE);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.getPath()).isEqualTo("/admin");
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'ed@example.org'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfThatPersonOnly() throws Exception {
        staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
        staff.join(new NewStaffMember("Mo Derator", "mo@example.org", PASSWORD), Role.MODERATOR);
        var laptop = new AdminSession(mvc);
        var phone = new AdminSession(mvc);
        var colleague = new AdminSession(mvc);
        signIn(laptop, "ed@example.org", PASSWORD);
        signIn(phone, "ed@example.org", PASSWORD);
        signIn(colleague, "mo@example.org", PASSWORD);

        var out = laptop.perform(post("/admin/account/sign-out-everywhere").with(csrf())).getResponse();

        assertThat(out.getRedirectedUrl()).isEqualTo("/admin/login?signed-out-everywhere");
        assertThat(laptop.perform(get("/admin")).getResponse().getRedirectedUrl()).endsWith("/admin/login");
        assertThat(phone.perform(get("/admin")).getResponse().getRedirectedUrl()).endsWith("/admin/login");
        assertThat(colleague.perform(get("/admin")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aRoleChangeEndsThatPersonsSessionsSoTheNewRoleAppliesAtOnce() throws Exception {
        long id = staff.join(new NewStaffMember("Ed Itor", "ed@example.org", PASSWORD), Role.EDITOR);
        staff.join(new NewStaffMember("Ada Min", "ada@example.org", PASSWORD), Role.ADMINISTRATOR);
        var editor = new AdminSession(mvc);
        var admin = new AdminSession(mvc);
        signIn(editor, "ed@example.org", PASSWORD);
        signIn(admin, "ada@example.org", PASSWORD);

        var changed = admin.perform(post("/admin/staff/" + id + "/role").with(csrf()).param("role", "CONTRIBUTOR"))
                .getResponse();

        assertThat(changed.getRedirectedUrl()).isEqualTo("/admin/staff");
        assertThat(editor.perform(get("/admin")).getResponse().getRedirectedUrl()).endsWith("/admin/login");
        assertThat(audit.recent("ada@example.org", "staff.role-changed", 5)).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("Editor to Contributor"));
    }

    @Test
    void aStateChangingAdminRequestWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        staff.join(new NewStaffMember("Ada Min", "ada@example.org", PASSWORD), Role.ADMINISTRATOR);
        var admin = new AdminSession(mvc);
        signIn(admin, "ada@example.org", PASSWORD);

        var forged = admin.perform(post("/admin/staff/invite").param("email", "mallory@example.net")
                .param("role", "ADMINISTRATOR")).getResponse();
        var wrongToken = admin.perform(post("/admin/staff/invite").with(csrf().useInvalidToken())
                .param("email", "mallory@example.net").param("role", "ADMINISTRATOR")).getResponse();

        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(wrongToken.getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE recipient = 'mallory@example.net'")
                .query(Long.class).single()).isZero();
    }

    /** Where the sign-in form sends the browser next. */
    static String signIn(AdminSession browser, String email, String password) throws Exception {
        return browser.perform(post("/admin/login").with(csrf()).param("email", email).param("password", password))
                .getResponse().getRedirectedUrl();
    }
}
