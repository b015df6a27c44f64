package news.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import news.masthead.comments.CommentManagement;

/**
 * A reader leaving a comment through the article's reply form, and what everyone else sees of it.
 * Comments go to a demo story that has none of its own, so other tests' counts are untouched.
 */
@SystemTest
abstract class CommentsSystemTests {

    static final String ARTICLE = "/articles/dredging-contract-out-of-county";
    static final String OTHER_ARTICLE = "/articles/record-avocet-count-skerry-marsh";

    @LocalServerPort
    int port;

    @Autowired
    CommentManagement comments;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void aMissingFieldIsExplainedNextToItAndAtTheTop() {
        var response = submit(ARTICLE, Map.of("comment", "", "author", "", "email", ""));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = site.parse(response);
        assertThat(page.selectFirst("main h1").text()).isNotBlank();
        assertThat(fieldError(page, "comment")).isEqualTo("Please write a comment.");
        assertThat(fieldError(page, "author")).isEqualTo("Please give your name.");
        assertThat(fieldError(page, "email")).isEqualTo("Please give your email address.");
        assertThat(page.getElementById("url-error")).isNull();
        assertThat(page.select("#reply [role=alert] li")).extracting(Element::text).containsExactlyInAnyOrder(
                "Please write a comment.", "Please give your name.", "Please give your email address.");
        assertThat(page.getElementById("email").attr("aria-invalid")).isEqualTo("true");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .contains("no-store"));
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anInvalidAddressIsRefusedAndWhatWasTypedIsKept() {
        var response = submit(ARTICLE, Map.of("comment", "The tender went out of county.", "author", "Ros Keverne",
                "email", "ros.keverne-at-example.net", "url", "https://example.net/ros"));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = site.parse(response);
        assertThat(fieldError(page, "email"))
                .isEqualTo("Please check your email address: it should look like name@example.com.");
        assertThat(page.getElementById("comment").text()).isEqualTo("The tender went out of county.");
        assertThat(page.getElementById("author").val()).isEqualTo("Ros Keverne");
        assertThat(page.getElementById("email").val()).isEqualTo("ros.keverne-at-example.net");
        assertThat(page.getElementById("url").val()).isEqualTo("https://example.net/ros");
    }

    @Test
    void aWebsiteMustBeAWebAddress() {
        var response = submit(ARTICLE, reader("Text", "javascript:alert(document.cookie)"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(fieldError(site.parse(response), "url")).isEqualTo("A website should start with http:// or https://.");
    }

    @Test
    void anOverlongCommentIsRefusedWithTheLimitAndKeptInFull() {
        var text = "A long letter about the dredging contract. ".repeat(60).substring(0,
                SystemTest.COMMENT_MAX_LENGTH + 1);

        var response = submit(ARTICLE, reader(text, ""));

        assertThat(response.statusCode()).isEqualTo(422);
        var page = site.parse(response);
        assertThat(fieldError(page, "comment")).isEqualTo("Please shorten your comment to "
                + SystemTest.COMMENT_MAX_LENGTH + " characters or fewer; it has " + (SystemTest.COMMENT_MAX_LENGTH + 1)
                + ".");
        assertThat(page.getElementById("comment").wholeText()).isEqualTo(text);
        assertThat(submit(ARTICLE, reader(text.substring(1), "")).statusCode()).isEqualTo(303);
    }

    @Test
    void theKeptTextIsShownAsTextNotMarkup() {
        var text = "</textarea><script>alert('kept')</script> & \"quoted\" <b>bold</b>";

        var response = submit(ARTICLE, Map.of("comment", text, "author", "", "email", "x@example.net"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).doesNotContain("<script>alert('kept')").doesNotContain("<b>bold</b>");
        var page = site.parse(response);
        assertThat(page.getElementById("comment").wholeText()).isEqualTo(text);
        assertOnlyStructuredDataScripts(page);
    }

    @Test
    void aCommentWaitsForModerationWhereOnlyItsWriterCanSeeIt() {
        var text = "Which firm won the contract, and what did the losing bids cost? " + UUID.randomUUID();

        var response = submit(ARTICLE, reader(text, "https://example.net/dai"));

        assertThat(response.statusCode()).isEqualTo(303);
        var location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains(ARTICLE).contains("unapproved=").contains("moderation-hash=");
        var own = follow(location);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache)
                .contains("private").contains("no-store"));
        var comment = site.parse(own).getElementById(location.substring(location.indexOf('#') + 1));
        assertThat(comment).isNotNull();
        assertThat(comment.text()).contains("Your comment is awaiting moderation").contains(text)
                .contains("Dai Hewitt");
        assertThat(comment.select("a[href=https://example.net/dai]").attr("rel")).isEqualTo("nofollow ugc");

        var id = location.replaceAll(".*unapproved=(\\d+).*", "$1");
        var hash = location.replaceAll(".*moderation-hash=([^&#]+).*", "$1");
        for (var other : List.of(ARTICLE, ARTICLE + "?unapproved=" + id, ARTICLE + "?moderation-hash=" + hash,
                ARTICLE + "?unapproved=" + id + "&moderation-hash=" + hash.substring(1),
                ARTICLE + "?unapproved=" + (Long.parseLong(id) - 1) + "&moderation-hash=" + hash,
                OTHER_ARTICLE + "?unapproved=" + id + "&moderation-hash=" + hash)) {
            var body = site.get(other).body();
            assertThat(body).as(other).doesNotContain(text).doesNotContain("awaiting moderation");
        }
    }

    @Test
    void anApprovedCommentIsShownToEveryReader() {
        var text = "The harbour board minutes are online, page 14. " + UUID.randomUUID();
        var location = submit(OTHER_ARTICLE, reader(text, "")).headers().firstValue("Location").orElseThrow();
        var id = Long.parseLong(location.replaceAll(".*unapproved=(\\d+).*", "$1"));

        comments.approve(id);

        var comment = site.page(OTHER_ARTICLE).getElementById("comment-" + id);
        assertThat(comment).isNotNull();
        assertThat(comment.text()).contains(text).contains("Dai Hewitt").doesNotContain("awaiting moderation");
    }

    @Test
    void markupInACommentComesBackAsTextAndAddressesAsUnendorsedLinks() {
        var text = "The harbour board's page printed this as text instead of running it, so at least the minutes page"
                + " is safe: <script>alert('xss')</script> <img src=x onerror=alert(1)> See https://example.org/evidence. "
                + UUID.randomUUID();

        var location = submit(ARTICLE, reader(text, "")).headers().firstValue("Location").orElseThrow();
        var own = follow(location);

        assertThat(own.body()).doesNotContain("<script>alert('xss')").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(");
        var page = site.parse(own);
        var comment = page.getElementById(location.substring(location.indexOf('#') + 1));
        assertThat(comment.text()).contains("<script>alert('xss')</script> <img src=x onerror=alert(1)>");
        assertThat(comment.select("img, script")).isEmpty();
        var link = comment.selectFirst("a[href=https://example.org/evidence]");
        assertThat(link).isNotNull();
        assertThat(link.attr("rel")).isEqualTo("nofollow ugc");
        assertOnlyStructuredDataScripts(page);
    }

    @Test
    void theCommentersEmailAddressAppearsOnNoPublicPage() {
        var mailbox = "reader." + UUID.randomUUID().toString().replace("-", "");
        var email = mailbox + "@example.test";
        var form = new LinkedHashMap<>(reader("Keep the dredging local. " + mailbox.substring(7, 15), ""));
        form.put("email", email);
        var location = submit(ARTICLE, form).headers().firstValue("Location").orElseThrow();
        var id = Long.parseLong(location.replaceAll(".*unapproved=(\\d+).*", "$1"));
        assertThat(follow(location).body()).doesNotContain(mailbox);

        comments.approve(id);

        var article = site.page(ARTICLE);
        assertThat(article.getElementById("comment-" + id)).isNotNull();
        var pages = new ArrayList<>(List.of("/", "/?page=2", "/?page=3", ARTICLE, "/robots.txt", "/about",
                "/contact", "/support", "/articles/no-such-story", "/?page=abc"));
        pages.addAll(article.select("main article a[href^=/sections/], main article a[href^=/tags/],"
                + " main article a[rel=author]").eachAttr("href"));
        for (var path : pages) {
            var response = site.get(path);
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(response.body()).as(path).doesNotContain(mailbox);
        }
    }

    @Test
    void aCommentOnAMissingArticleIsNotFound() {
        assertThat(site.post("/articles/no-such-story/comments", reader("Hello", "")).statusCode()).isEqualTo(404);
    }

    /** Fills in the article's reply form as a browser would, keeping any fields the site added itself. */
    private HttpResponse<String> submit(String article, Map<String, String> values) {
        var form = site.page(article).selectFirst("form#reply");
        var fields = new LinkedHashMap<String, String>();
        for (var field : form.select("input[name], textarea[name]")) {
            fields.put(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.val());
        }
        fields.putAll(values);
        var action = form.attr("action");
        return site.post(action.contains("#") ? action.substring(0, action.indexOf('#')) : action, fields);
    }

    private HttpResponse<String> follow(String location) {
        var target = location.contains("#") ? location.substring(0, location.indexOf('#')) : location;
        return site.get(site.uri(target).toString());
    }

    private static Map<String, String> reader(String text, String url) {
        var form = new LinkedHashMap<String, String>();
        form.put("comment", text);
        form.put("author", "Dai Hewitt");
        // A new address each time: flood control and the commenter's record go by e-mail.
        form.put("email", "dai.hewitt+" + UUID.randomUUID().toString().substring(0, 8) + "@example.net");
        form.put("url", url);
        return form;
    }

    private static String fieldError(Document page, String field) {
        var error = page.getElementById(field + "-error");
        assertThat(error).as("error for " + field).isNotNull();
        assertThat(page.getElementById(field).attr("aria-describedby")).contains(field + "-error");
        return error.text().replaceFirst("^Error: ", "");
    }

    private static void assertOnlyStructuredDataScripts(Document page) {
        assertThat(page.select("script:not([src^=/assets/])")).allSatisfy(script -> assertThat(script.attr("type"))
                .isEqualTo("application/ld+json"));
    }
}
