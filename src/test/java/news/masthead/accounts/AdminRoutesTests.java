package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every admin route, found from Spring MVC's own mappings (so routes added later are covered
 * without touching this test), asked for by every role: a role without the permission the route
 * requires gets 403, a role with it gets through, nobody signed out gets in, and no state-changing
 * request works without the CSRF token.
 */
class AdminRoutesTests extends AdminWebTest {

    /**
     * Routes deliberately open to anyone signed in, whatever their role. A new route that is neither
     * guarded with {@code @PreAuthorize} nor listed here fails the test.
     */
    private static final Set<String> ANY_STAFF = Set.of("/admin", "/admin/", "/admin/denied", "/admin/account",
            "/admin/account/password", "/admin/account/two-factor", "/admin/account/two-factor/remove",
            "/admin/account/recovery-codes", "/admin/account/sign-out-everywhere", "/admin/account/passkeys/{id}/remove",
            "/admin/comment-alerts");
    /** Routes for people not signed in yet: they must work without a session of any role. */
    private static final Set<String> PUBLIC = Set.of("/admin/login", "/admin/setup", "/admin/join",
            "/admin/password/forgot", "/admin/password/reset");
    /** Routes only for someone between their password and their second step. */
    private static final Set<String> SECOND_STEP = Set.of("/admin/login/code", "/admin/login/enrol");
    /** Paths the security configuration guards by URL rather than on the handler. */
    private static final Map<String, Permission> GUARDED_BY_URL = Map.of("/admin/comments/", Permission.MODERATE_COMMENTS,
            "/admin/comments/commenters", Permission.MANAGE_READER_DATA);

    private static final Pattern AUTHORITY = Pattern.compile("hasAuthority\\('([A-Z_]+)'\\)");
    private static final Pattern ANY_AUTHORITY = Pattern.compile("hasAnyAuthority\\(((?:'[A-Z_]+'(?:,\\s*)?)+)\\)");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    StaffManagement staff;
    @Autowired
    JdbcClient jdbc;

    /**
     * A route and what it asks of a role: every permission in {@code required}, and at least one of
     * {@code anyOf} when there are any.
     */
    record Route(HttpMethod method, String pattern, Set<Permission> required, Set<Permission> anyOf) {

        boolean allows(Role role) {
            return role.permissions().containsAll(required)
                    && (anyOf.isEmpty() || anyOf.stream().anyMatch(role::may));
        }

        String path() {
            // No record has this id: the answer is about who may ask, never about a real record.
            return pattern.replaceAll("\\{[^}]+}", "999999");
        }

        boolean changesState() {
            return method != HttpMethod.GET;
        }
    }

    @BeforeEach
    void oneStaffMemberPerRole() {
        jdbc.sql("DELETE FROM staff_member").update();
        jdbc.sql("DELETE FROM sign_in_failure").update();
        for (var role : Role.values()) {
            staff.join(new NewStaffMember(role.label() + " Person", email(role), PASSWORD), role);
        }
    }

    @Test
    void everyRoleGetsExactlyTheAdminRoutesItsPermissionsAllow() throws Exception {
        var routes = routes();
        assertThat(routes).extracting(Route::pattern).contains("/admin", "/admin/staff", "/admin/audit",
                "/admin/account");
        var softly = new SoftAssertions();
        for (var route : routes) {
            for (var role : Role.values()) {
                var status = mvc.perform(request(route.method(), route.path())
                        .with(user(email(role)).authorities(StaffDetailsService.authorities(role))).with(csrf()))
                        .andReturn().getResponse().getStatus();
                var what = route.method() + " " + route.pattern() + " as " + role;
                if (SECOND_STEP.contains(route.pattern())) {
                    softly.assertThat(status).as(what + " (already fully signed in)").isEqualTo(403);
                }
                else if (route.pattern().equals("/admin/denied")) {
                    softly.assertThat(status).as(what).isEqualTo(403);
                }
                else if (route.allows(role)) {
                    softly.assertThat(status).as(what).isNotEqualTo(403).isLessThan(500);
                }
                else {
                    softly.assertThat(status).as(what + " without " + route.required() + " " + route.anyOf())
                            .isEqualTo(403);
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void nobodySignedOutGetsPastTheSignInPage() throws Exception {
        var softly = new SoftAssertions();
        for (var route : routes()) {
            var response = mvc.perform(request(route.method(), route.path()).with(csrf())).andReturn().getResponse();
            var what = route.method() + " " + route.pattern() + " signed out";
            if (PUBLIC.contains(route.pattern()) || route.pattern().equals("/admin/denied")) {
                softly.assertThat(response.getStatus()).as(what).isLessThan(500);
            }
            else {
                softly.assertThat(response.getStatus()).as(what).isEqualTo(302);
                softly.assertThat(response.getRedirectedUrl()).as(what).endsWith("/admin/login");
            }
        }
        softly.assertAll();
    }

    @Test
    void noStateChangingAdminRequestWorksWithoutTheCsrfToken() throws Exception {
        var softly = new SoftAssertions();
        var changing = routes().stream().filter(Route::changesState).toList();
        assertThat(changing).isNotEmpty();
        for (var route : changing) {
            var role = Role.ADMINISTRATOR;
            var missing = mvc.perform(request(route.method(), route.path())
                    .with(user(email(role)).authorities(StaffDetailsService.authorities(role))))
                    .andReturn().getResponse();
            var wrong = mvc.perform(request(route.method(), route.path())
                    .with(user(email(role)).authorities(StaffDetailsService.authorities(role)))
                    .with(csrf().useInvalidToken()))
                    .andReturn().getResponse();
            softly.assertThat(missing.getStatus()).as(route.method() + " " + route.pattern() + " without a token")
                    .isEqualTo(403);
            softly.assertThat(wrong.getStatus()).as(route.method() + " " + route.pattern() + " with a wrong token")
                    .isEqualTo(403);
        }
        softly.assertAll();
    }

    /** Every admin route with the permissions it requires, and a failure for any route left unguarded by accident. */
    private List<Route> routes() {
        var routes = new ArrayList<Route>();
        var unguarded = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var patterns = info.getPatternValues().stream().filter(p -> p.equals("/admin") || p.startsWith("/admin/"))
                    .toList();
            if (patterns.isEmpty()) {
                return;
            }
            var guard = guard(handler.getMethod(), handler.getBeanType());
            var required = guard.required();
            var methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
                    : info.getMethodsCondition().getMethods();
            for (var pattern : patterns) {
                var byUrl = GUARDED_BY_URL.entrySet().stream().filter(rule -> pattern.startsWith(rule.getKey()))
                        .map(Map.Entry::getValue).toList();
                var all = EnumSet.noneOf(Permission.class);
                all.addAll(required);
                all.addAll(byUrl);
                if (all.isEmpty() && guard.anyOf().isEmpty() && !ANY_STAFF.contains(pattern) && !PUBLIC.contains(pattern)
                        && !SECOND_STEP.contains(pattern)) {
                    unguarded.add(pattern + " (" + handler + ")");
                }
                methods.forEach(method -> routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, all,
                        guard.anyOf())));
            }
        });
        assertThat(unguarded).as("admin routes with no @PreAuthorize that are not on the list of routes for any staff")
                .isEmpty();
        return routes;
    }

    /** What a handler's {@code @PreAuthorize} asks: one permission, or any of several. */
    record Guard(Set<Permission> required, Set<Permission> anyOf) {
    }

    private static Guard guard(Method method, Class<?> type) {
        var guard = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (guard == null) {
            guard = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
        }
        if (guard == null) {
            return new Guard(Set.of(), Set.of());
        }
        var one = AUTHORITY.matcher(guard.value());
        if (one.matches()) {
            return new Guard(Set.of(Permission.valueOf(one.group(1))), Set.of());
        }
        var any = ANY_AUTHORITY.matcher(guard.value());
        assertThat(any.matches()).as("this test reads guards of the form hasAuthority('PERMISSION') or "
                + "hasAnyAuthority('PERMISSION', …), not: %s", guard.value()).isTrue();
        var anyOf = EnumSet.noneOf(Permission.class);
        var names = Pattern.compile("'([A-Z_]+)'").matcher(any.group(1));
        while (names.find()) {
            anyOf.add(Permission.valueOf(names.group(1)));
        }
        return new Guard(Set.of(), anyOf);
    }

    private static String email(Role role) {
        return role.name().toLowerCase() + "@example.org";
    }
}
