package news.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.masthead.accounts.Role;
import news.masthead.accounts.StaffManagement;
import news.masthead.mail.Postbox;

/**
 * The line between the public site and the newsroom over real HTTP: public answers never set a
 * cookie and always carry the protective headers; the admin's session cookie stays under
 * {@code /admin} and its session lives in the database.
 */
@SystemTest
abstract class AdminSessionsSystemTests {

    private static final String PASSWORD = "tidal marsh lantern seven";

    @LocalServerPort
    int port;
    @Autowired
    StaffManagement staff;
    @Autowired
    Postbox postbox;
    @Autowired
    JdbcClient jdbc;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void publicAnswersSetNoCookieAndCarryTheProtectiveHeaders() {
        var article = site.page("/").select("main a[href^=/articles/]").first().attr("href");
        for (var path : new String[] { "/", article, "/robots.txt", "/no-such-page", "/sections/local" }) {
            for (var response : new HttpResponse<?>[] { site.get(path),
                    site.get(path, "Cookie", "masthead_admin=" + UUID.randomUUID()) }) {
                var headers = response.headers();
                assertThat(headers.allValues("Set-Cookie")).as("cookies set by %s", path).isEmpty();
                var policy = headers.firstValue("Content-Security-Policy").orElseThrow();
                assertThat(policy).contains("frame-ancestors 'none'", "script-src 'self'", "object-src 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval");
                assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
                assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
                assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
                assertThat(headers.firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
            }
        }
    }

    @Test
    void theAdminSessionCookieStaysUnderAdminAndTheSessionLivesInTheDatabase() {
        var email = "ed-" + UUID.randomUUID() + "@example.org";
        staff.invite(email, Role.EDITOR, "https://news.example");
        var text = postbox.recent("invitation", 20).stream().filter(mail -> mail.to().equals(email)).findFirst()
                .orElseThrow().mail().text();
        var token = text.substring(text.indexOf("token=") + 6).split("\\s")[0];
        assertThat(staff.acceptInvitation(token, "Ed Itor", PASSWORD)).isTrue();

        var login = site.get("/admin/login");
        var first = cookie(login);
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("Path=/admin", "HttpOnly", "SameSite=Lax");
        var csrf = Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val();
        var signedIn = site.send(HttpRequest.newBuilder(site.uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", first)
                .POST(HttpRequest.BodyPublishers.ofString(SiteClient.encode(Map.of("_csrf", csrf, "email", email,
                        "password", PASSWORD)))));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        var session = cookie(signedIn);
        assertThat(session).isNotEqualTo(first);

        var dashboard = site.get("/admin", "Cookie", session);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("unsafe-inline");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :email")
                .param("email", email).query(Long.class).single()).isEqualTo(1);
        assertThat(site.get("/", "Cookie", session).headers().allValues("Set-Cookie")).isEmpty();
    }

    private static String cookie(HttpResponse<?> response) {
        var header = response.headers().firstValue("Set-Cookie").orElseThrow();
        return header.substring(0, header.indexOf(';'));
    }
}
