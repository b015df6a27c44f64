package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A new site, as its owner meets it: the link in the log is the way in, and only once. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstStartSystemTests {

    private static final String PASSWORD = "tidal marsh lantern seven";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestDataFolder.register(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theLinkPrintedAtStartCreatesTheAdministratorOnce(CapturedOutput output) throws Exception {
        var printed = Pattern.compile("(http://127\\.0\\.0\\.1:" + port + "/admin/setup\\?token=[A-Za-z0-9_-]{43})")
                .matcher(output.getOut());
        assertThat(printed.find()).as("a setup link for port %d in the log", port).isTrue();
        assertThat(output.getOut()).contains("WARN").contains("No one can sign in to the newsroom yet");
        var link = URI.create(printed.group(1));

        var setup = send(HttpRequest.newBuilder(link).GET().build());
        assertThat(setup.statusCode()).isEqualTo(200);
        var form = Jsoup.parse(setup.body()).selectFirst("form[action=/admin/setup]");
        assertThat(form).isNotNull();
        var created = post("/admin/setup", Map.of(
                "_csrf", form.selectFirst("input[name=_csrf]").attr("value"),
                "token", form.selectFirst("input[name=token]").attr("value"),
                "displayName", "Ada Lovell",
                "email", "ada@example.org",
                "password", PASSWORD,
                "confirmPassword", PASSWORD));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?created");

        var again = send(HttpRequest.newBuilder(link).GET().build());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.body()).contains("This setup link no longer works");

        var login = Jsoup.parse(send(HttpRequest.newBuilder(uri("/admin/login")).GET().build()).body());
        var signedIn = post("/admin/login", Map.of("_csrf", login.selectFirst("input[name=_csrf]").attr("value"),
                "email", "ada@example.org", "password", PASSWORD));
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
        var dashboard = send(HttpRequest.newBuilder(uri("/admin")).GET().build());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(dashboard.body()).select(".admin-bar__name").text()).contains("Ada Lovell",
                "Administrator");
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        var body = fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
