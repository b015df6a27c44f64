package news.masthead.comments.admin;

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

import news.masthead.accounts.Role;
import news.masthead.accounts.StaffAccounts;
import news.masthead.accounts.StaffManagement;
import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentManagement;
import news.masthead.moderation.FormGuard;
import news.masthead.moderation.FormGuards;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.NewArticle;

/**
 * A moderator's day over real HTTP: a reader's comment waits, the moderator signs in, finds it in
 * the pending queue with screening's reasons and approves, trashes or bulk-marks it, and readers
 * see the outcome on the article page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommentQueueSystemTests {

    private static final String PASSWORD = "tidal marsh lantern seven";

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws java.io.IOException {
        var folder = java.nio.file.Files.createTempDirectory("masthead-comment-queue-");
        folder.toFile().deleteOnExit();
        registry.add("masthead.data-dir", folder::toString);
        registry.add("masthead.demo.enabled", () -> "false");
        registry.add("management.server.port", () -> "0");
        // The comments are posted at once, not typed: no token is too young here.
        registry.add("masthead.moderation.tokens.min-age", () -> "0s");
    }

    @LocalServerPort
    int port;
    @Autowired
    ArticleManagement articles;
    @Autowired
    CommentManagement comments;
    @Autowired
    StaffManagement staff;
    @Autowired
    FormGuards guards;

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
        StaffAccounts.join(staff, "Mo Derator", email, PASSWORD, Role.MODERATOR);
        signIn(email);
    }

    @Test
    void anApprovedCommentAppearsOnTheArticlePage() throws Exception {
        var text = "The old wall <b>held</b> for ninety years & then some.";
        comment("Rita Reader", "rita@example.net", text);
        assertThat(page(articlePath).text()).doesNotContain("Rita Reader");

        assertThat(page("/admin").select(".stats__item:contains(awaiting moderation) a").attr("href"))
                .isEqualTo("/admin/comments");
        var queue = page("/admin/comments");
        var pending = queue.select("li.pending:contains(Rita Reader)");
        assertThat(pending).hasSize(1);
        assertThat(pending.text()).contains("rita@example.net", "Harbour wall to be rebuilt", text, "Screening:");
        assertThat(pending.select(".pending__text").html()).doesNotContain("<b>");

        var response = submit(queue, pending.select("button[formaction$=/approve]").attr("formaction"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/comments"));

        var article = page(articlePath);
        assertThat(article.text()).contains("Rita Reader", text);
        assertThat(article.select("b:contains(held)")).isEmpty();
        var after = page("/admin/comments");
        assertThat(after.select(".notice").text()).contains("Comment approved");
        assertThat(after.select("li.pending:contains(Rita Reader)")).isEmpty();
    }

    @Test
    void aTrashedCommentNeverAppears() throws Exception {
        comment("Sam Sharp", "sam@example.net", "Typical council, all talk.");
        var queue = page("/admin/comments");
        var pending = queue.select("li.pending:contains(Sam Sharp)");

        var response = submit(queue, pending.select("button[formaction$=/trash]").attr("formaction"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(page("/admin/comments").select("li.pending:contains(Sam Sharp)")).isEmpty();
        assertThat(page("/admin/comments?queue=trash").select("li.pending:contains(Sam Sharp)")).hasSize(1);
        assertThat(page(articlePath).text()).doesNotContain("Sam Sharp");
    }

    @Test
    void aFormWithoutItsCsrfTokenChangesNothing() throws Exception {
        comment("Cora Commenter", "cora@example.net", "Good news at last.");
        var queue = page("/admin/comments");
        var action = queue.select("li.pending:contains(Cora Commenter) button[formaction$=/approve]")
                .attr("formaction");

        var response = post(action, Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(page(articlePath).text()).doesNotContain("Cora Commenter");
        assertThat(page("/admin/comments").select("li.pending:contains(Cora Commenter)")).hasSize(1);
    }

    @Test
    void manyCommentsAreMarkedAsSpamAtOnceAndAModeratorCanEditAndReply() throws Exception {
        comment("Bulk One", "b1@example.net", "Same story every winter, nothing changes.");
        comment("Bulk Two", "b2@example.net", "Who is paying for all of this?");
        var queue = page("/admin/comments?queue=pending&commenter=bulk");
        var ids = queue.select("li.pending input[name=ids]").eachAttr("value");
        assertThat(ids).hasSize(2);
        var fields = new LinkedHashMap<String, String>();
        fields.put(csrfName(queue), csrfValue(queue));
        fields.put("action", "spam");
        fields.put("back", "/admin/comments?queue=pending");
        var body = fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&")) + ids.stream().map(id -> "&ids=" + id).collect(Collectors.joining());
        var response = send(HttpRequest.newBuilder(uri("/admin/comments/bulk"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(page("/admin/comments?queue=pending").select(".notice").text()).contains("2 comments marked as spam");
        assertThat(page("/admin/comments?queue=spam&commenter=bulk").select("li.pending")).hasSize(2);

        comment("Fay Typo", "fay@example.net", "The wal is old.");
        var id = page("/admin/comments?commenter=fay").selectFirst("li.pending input[name=ids]").attr("value");
        var detail = page("/admin/comments/" + id);
        assertThat(post("/admin/comments/" + id + "/edit", Map.of(csrfName(detail), csrfValue(detail), "text", " "))
                .statusCode()).isEqualTo(422);
        post("/admin/comments/" + id + "/edit", Map.of(csrfName(detail), csrfValue(detail), "text", "The wall is old."));
        assertThat(page("/admin/comments/" + id).text()).contains("Earlier versions", "The wal is old.");
        post("/admin/comments/" + id + "/reply", Map.of(csrfName(detail), csrfValue(detail), "text",
                "Thanks, Fay: it is."));
        var article = page(articlePath);
        assertThat(article.text()).contains("The wall is old.", "edited by a moderator", "Thanks, Fay: it is.");
        assertThat(article.select(".comment--staff .comment__badge").text()).isEqualTo("Staff");
    }

    @Test
    void onlyAnAdministratorExportsAndErasesACommentersData() throws Exception {
        var address = comment("Gil Esk", "gil.esk@example.net", "Please forget me later.");
        assertThat(send(HttpRequest.newBuilder(uri("/admin/comments/commenters/export?email=gil.esk@example.net"))
                .GET().build()).statusCode()).isEqualTo(403);

        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var admin = "ad-" + System.nanoTime() + "@example.org";
        StaffAccounts.join(staff, "Ada Min", admin, PASSWORD, Role.ADMINISTRATOR);
        signIn(admin);
        var export = send(HttpRequest.newBuilder(uri("/admin/comments/commenters/export?email=Gil.Esk@example.net"))
                .GET().build());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(export.body()).contains("\"text\":\"Please forget me later.\"", "\"networkAddress\":\"" + address + "\"");

        var found = page("/admin/comments/commenters?email=gil.esk@example.net");
        assertThat(found.text()).contains("1 comment from gil.esk@example.net");
        var erased = post("/admin/comments/commenters/erase", Map.of(csrfName(found), csrfValue(found), "email",
                "gil.esk@example.net", "mode", "anonymise"));
        assertThat(erased.statusCode()).isEqualTo(302);
        assertThat(page("/admin/comments/commenters").select(".notice").text()).contains("1 comment anonymised");
        assertThat(page("/admin/comments?commenter=gil").select("li.pending")).isEmpty();
        assertThat(page("/admin/comments?commenter=anonymous&q=forget+me").select("li.pending")).hasSize(1);
    }

    private void signIn(String email) {
        var login = page("/admin/login");
        var response = post("/admin/login", Map.of(csrfName(login), csrfValue(login), "email", email,
                "password", PASSWORD));
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin"));
    }

    private static int readers;

    /**
     * A reader's comment as the form sends it, with the form's token and an empty honeypot, each
     * from its own address (they are different readers, and flood control counts per address).
     */
    private String comment(String name, String email, String text) {
        var address = "198.51.100." + (++readers % 250 + 1);
        var token = guards.guard(FormGuard.commentForm(articleId)).token();
        comments.submit(articleId, new CommentForm(text, name, email, ""), address, "Test browser",
                Map.of(FormGuard.TOKEN_FIELD, token, FormGuard.TRAP_FIELD, ""));
        return address;
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
