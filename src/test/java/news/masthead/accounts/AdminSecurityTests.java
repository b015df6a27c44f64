package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Who reaches which admin page, signing in and out, and the setup form as a browser sends it. */
class AdminSecurityTests extends AdminWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptySite() {
        jdbc.sql("DELETE FROM staff_member").update();
        jdbc.sql("DELETE FROM setup_token").update();
        jdbc.sql("DELETE FROM sign_in_failure").update();
    }

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void signsInWithTheRightPasswordOnly() throws Exception {
        staff.join(new NewStaffMember("Ada Lovell", "ada@example.org", PASSWORD), Role.EDITOR);

        mvc.perform(formLogin("/admin/login").userParameter("email").user("Ada@Example.org").password(PASSWORD))
                .andExpect(authenticated().withUsername("ada@example.org").withRoles("EDITOR"))
                .andExpect(redirectedUrl("/admin"));
        mvc.perform(formLogin("/admin/login").userParameter("email").user("ada@example.org").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/admin/login?error"));
        mvc.perform(formLogin("/admin/login").userParameter("email").user("nobody@example.org").password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/admin/login?error"));
    }

    @Test
    void signingInNeedsTheFormsCsrfToken() throws Exception {
        staff.join(new NewStaffMember("Ada Lovell", "ada@example.org", PASSWORD), Role.EDITOR);

        mvc.perform(post("/admin/login").param("email", "ada@example.org").param("password", PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void refusesAdminPostsWithoutCsrfToken() throws Exception {
        mvc.perform(post("/admin/comments/1/approve").with(user("ada@example.org").roles("ADMINISTRATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/comments/1/approve").with(user("ada@example.org").roles("ADMINISTRATOR"))
                .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyModeratingRolesJudgeComments() throws Exception {
        mvc.perform(post("/admin/comments/1/approve").with(user("amy@example.org").authorities(StaffDetailsService.authorities(Role.AUTHOR))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/comments/1/spam").with(user("cal@example.org").authorities(StaffDetailsService.authorities(Role.CONTRIBUTOR))).with(csrf()))
                .andExpect(status().isForbidden());
        for (var role : new Role[] { Role.ADMINISTRATOR, Role.EDITOR, Role.MODERATOR }) {
            mvc.perform(post("/admin/comments/1/trash")
                    .with(user("mo@example.org").authorities(StaffDetailsService.authorities(role))).with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/admin/comments"));
        }
    }

    @Test
    void signsOutWithAPost() throws Exception {
        mvc.perform(post("/admin/logout").with(user("ada@example.org").roles("EDITOR")).with(csrf()))
                .andExpect(redirectedUrl("/admin/login?signed-out"))
                .andExpect(unauthenticated());
    }

    @Test
    void aBadSetupLinkIsAFriendlyNotFound() throws Exception {
        mvc.perform(get("/admin/setup").param("token", "made-up"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This setup link no longer works")));
        mvc.perform(get("/admin/setup")).andExpect(status().isNotFound());
    }

    @Test
    void theSetupFormCreatesTheAdministratorWhoCanThenSignIn() throws Exception {
        var token = staff.openSetup().value();
        mvc.perform(get("/admin/setup").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Create the administrator")));

        mvc.perform(post("/admin/setup").with(csrf()).param("token", token).param("displayName", "Ada Lovell")
                .param("email", "ada@example.org").param("password", "password123456")
                .param("confirmPassword", "password123456"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("most common passwords")))
                .andExpect(content().string(not(containsString("value=\"password123456\""))));
        mvc.perform(post("/admin/setup").with(csrf()).param("token", token).param("displayName", "Ada Lovell")
                .param("email", "ada@example.org").param("password", PASSWORD)
                .param("confirmPassword", PASSWORD + "!"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not the same")));
        assertThat(staff.hasStaff()).isFalse();

        mvc.perform(post("/admin/setup").with(csrf()).param("token", token).param("displayName", "Ada Lovell")
                .param("email", "ada@example.org").param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrl("/admin/login?created"));

        assertThat(staff.profile("ada@example.org")).map(StaffProfile::role).hasValue(Role.ADMINISTRATOR);
        mvc.perform(get("/admin/setup").param("token", token)).andExpect(status().isNotFound());
        mvc.perform(formLogin("/admin/login").userParameter("email").user("ada@example.org").password(PASSWORD))
                .andExpect(authenticated().withRoles("ADMINISTRATOR"));
    }

    @Test
    void theSetupFormNeedsItsCsrfToken() throws Exception {
        var token = staff.openSetup().value();

        mvc.perform(post("/admin/setup").param("token", token).param("displayName", "Ada Lovell")
                .param("email", "ada@example.org").param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(status().isForbidden());

        assertThat(staff.hasStaff()).isFalse();
        assertThat(staff.isSetupOpen(token)).isTrue();
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        mvc.perform(get("/admin/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get("/admin/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
