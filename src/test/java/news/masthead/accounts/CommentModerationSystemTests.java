package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentManagement;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.NewArticle;

/**
 * A moderator's day over real HTTP: a reader's comment waits, the moderator signs in, finds it on
 * the dashboard and approves or trashes it, and readers see the outcome on the article page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommentModerationSystemTests {

    private static final String PASSWORD = "tidal marsh lantern seven";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestDataFolder.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    ArticleManagement articles;
    @Autowired
    CommentManagement comments;
    @Autowired
    StaffManagement staff;

    private HttpClient browser;
    private long articleId;
    private String articlePath;

    @BeforeEach
    void aPublishedStoryAndAModerator() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var suffix = Long.toString(System.nanoTime());
        if (articles.section("news").isEmpty()) {
            articles.addSection("news", "News", "What happened");
            articles.addAuthor("ann-writer", "Ann Writer", "Reporter", "");
        }
        var slug = "harbour-wall-" + suffix;
        articleId = articles.draft(new NewArticle(slug, "Harbour wall to be rebuilt " + suffix, "Work starts in May.",
                "The council voted to rebuild the wall.", "news", List.of("ann-writer"), List.of(), null));
        articles.publish(articleId, Instant.now());
        articlePath = "/articles/" + slug;
        var email = "mo-" + suffix + "@example.org";
        staff.join(new NewStaffMember("Mo Derator", email, PASSWORD), Role.MODERATOR);
        signIn(email);
    }

    @Test
    void anApprovedCommentAppearsOnTheArticlePage() throws Exception {
        var text = "The old wall <b>held</b> for ninety years & then some.";
        comment("Rita Reader", "rita@example.net", text);
        assertThat(page(articlePath).text()).doesNotContain("Rita Reader");

        var dashboard = page("/admin");
        var pending = dashboard.select("li.pending:contains(Rita Reader)");
        assertThat(pending).hasSize(1);
        assertThat(pending.text()).contains("rita@example.net", "Harbour wall to be rebuilt", text);
        assertThat(pending.select(".pending__text").html()).doesNotContain("<b>");

        var response = submit(dashboard, pending.select("form[action$=/approve]").attr("action"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin#pending"));

        var article = page(articlePath);
        assertThat(article.text()).contains("Rita Reader", text);
        assertThat(article.select("b:contains(held)")).isEmpty();
        var after = page("/admin");
        assertThat(after.select(".notice").text()).contains("Comment approved");
        assertThat(after.select("li.pending:contains(Rita Reader)")).isEmpty();
    }

    @Test
    void aTrashedCommentNeverAppears() throws Exception {
        comment("Sam Spammer", "sam@example.net", "Cheap pills at example.com");
        var dashboard = page("/admin");
        var pending = dashboard.select("li.pending:contains(Sam Spammer)");

        var response = submit(dashboard, pending.select("form[action$=/trash]").attr("action"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(page("/admin").select("li.pending:contains(Sam Spammer)")).isEmpty();
        assertThat(page(articlePath).text()).doesNotContain("Sam Spammer");
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        comment("Cora Commenter", "cora@example.net", "Good news at last.");
        var dashboard = page("/admin");
        var action = dashboard.select("li.pending:contains(Cora Commenter) form[action$=/approve]").attr("action");

        var response = post(action, Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(page(articlePath).text()).doesNotContain("Cora Commenter");
        assertThat(page("/admin").select("li.pending:contains(Cora Commenter)")).hasSize(1);
    }

    private void signIn(String email) {
        var login = page("/admin/login");
        var response = post("/admin/login", Map.of(csrfName(login), csrfValue(login), "email", email,
                "password", PASSWORD));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin"));
    }

    private void comment(String name, String email, String text) {
        comments.submit(articleId, new CommentForm(text, name, email, ""), "203.0.113.7", "Test browser");
    }

    private HttpResponse<String> submit(Document page, String action) {
        assertThat(action).isNotBlank();
        return post(action, Map.of(csrfName(page), csrfValue(page)));
    }

    private static String csrfName(Document page) {
        return page.selectFirst("input[type=hidden][name=_csrf]").attr("name");
    }

    private static String csrfValue(Document page) {
        return page.selectFirst("input[type=hidden][name=_csrf]").attr("value");
    }

    private Document page(String path) {
        var response = send(HttpRequest.newBuilder(uri(path)).GET().build());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        var form = new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (Exception e) {
            throw new IllegalStateException("Request failed: " + request.uri(), e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
