package news.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.masthead.comments.CommentClosures;
import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentManagement;
import news.masthead.comments.CommentQueue;
import news.masthead.comments.CommenterPrivacy;
import news.masthead.comments.Queue;
import news.masthead.comments.QueueFilter;
import news.masthead.publishing.ArticleManagement;

/**
 * Comments as readers meet them over HTTP: threads of replies, pages of a long conversation,
 * permalinks, reporting, closing, reply e-mails, counts on story lists, and every change showing
 * on the next request although pages are cached. Each test uses a demo story of its own.
 */
@SystemTest
abstract class CommentThreadsSystemTests {

    @LocalServerPort
    int port;
    @Autowired
    CommentManagement comments;
    @Autowired
    CommentQueue queue;
    @Autowired
    CommentClosures closures;
    @Autowired
    CommenterPrivacy privacy;
    @Autowired
    ArticleManagement articles;
    @Autowired
    JdbcClient jdbc;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void aReplyLinkOpensTheFormForThatCommentAndTheApprovedReplySitsUnderIt() {
        var path = "/articles/upper-quay-empty-in-winter";
        var id = id(path);
        var first = shown(id, "The quay was busy when the boats still landed here.", "Nell Oram");
        assertThat(site.page(path).getElementById("comment-" + first)).isNotNull();

        var replying = site.page(path + "?replyto=" + first);
        assertThat(replying.selectFirst("#reply input[name=parent]").attr("value")).isEqualTo(Long.toString(first));
        assertThat(replying.selectFirst(".reply-form__replying").text()).contains("Replying to Nell Oram");

        var response = site.post(path + "/comments", Map.of("comment", "And the fish market with it, I remember.",
                "author", "Joe Penhale", "email", "joe.penhale@example.net", "url", "", "parent",
                Long.toString(first)));
        assertThat(response.statusCode()).as(() -> site.parse(response).select("#reply [role=alert]").text())
                .isEqualTo(303);
        var reply = queue.list(new QueueFilter(Queue.PENDING, id, "Joe Penhale", null, null, "", 1)).items();
        var replyId = reply.isEmpty() ? latest(id, "Joe Penhale") : reply.getFirst().id();
        comments.approve(replyId);

        var page = site.page(path);
        var shownReply = page.getElementById("comment-" + replyId);
        assertThat(shownReply.hasClass("comment--depth-1")).isTrue();
        assertThat(shownReply.selectFirst(".comment__context a").attr("href")).isEqualTo("#comment-" + first);
        assertThat(page.getElementById("comment-" + first).nextElementSibling()).isEqualTo(shownReply);
    }

    @Test
    void aLongConversationIsSplitIntoPagesAndAPermalinkFindsItsPage() {
        var path = "/articles/ropewalk-quarter-mile-shed-history";
        var id = id(path);
        var ids = new ArrayList<Long>();
        var start = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < 55; i++) {
            ids.add(comments.importComment(id, new CommentForm("Memory number " + i + " of the ropewalk.",
                    "Reader " + i, "reader" + i + "@example.net", ""), start.plusSeconds(i), true));
        }

        var first = site.page(path);
        assertThat(first.select(".comment-list > li")).hasSizeGreaterThanOrEqualTo(50);
        assertThat(first.getElementById("comment-" + ids.get(54))).isNull();
        var later = first.selectFirst("nav[aria-label=Comment pages] a[rel=next]").attr("href");
        assertThat(later).isEqualTo(path + "?page=2#comments");
        var second = site.page(path + "?page=2");
        assertThat(second.getElementById("comment-" + ids.get(54))).isNotNull();

        var permalink = site.get("/comments/" + ids.get(54));
        assertThat(permalink.statusCode()).isEqualTo(302);
        assertThat(permalink.headers().firstValue("Location").orElseThrow())
                .endsWith(path + "?page=2#comment-" + ids.get(54));
        assertThat(site.get("/comments/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aReportedCommentGoesToTheReportedQueueWithItsReason() {
        var path = "/articles/quay-street-library-sunday-trial";
        var comment = shown(id(path), "Sunday opening is a waste of money.", "Vic Hale");
        var link = site.page(path).getElementById("comment-" + comment).selectFirst("a.comment__report").attr("href");

        var refused = site.post(link, Map.of("note", "It is rude to the librarians"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(site.parse(refused).selectFirst("textarea[name=note]").text()).isEqualTo(
                "It is rude to the librarians");

        var response = site.post(link, Map.of("reason", "ABUSE", "note", "It is rude to the librarians"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(site.parse(response).text()).contains("a moderator will look");
        var reported = queue.list(new QueueFilter(Queue.REPORTED, id(path), "", null, null, "", 1)).items();
        assertThat(reported).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(comment);
            assertThat(item.reports()).singleElement().satisfies(report -> assertThat(report.note())
                    .isEqualTo("It is rude to the librarians"));
        });
        comments.approve(comment);
        assertThat(queue.list(new QueueFilter(Queue.REPORTED, id(path), "", null, null, "", 1)).items()).isEmpty();
    }

    @Test
    void editsClosingAndErasureShowOnTheNextRequestDespiteTheCache() {
        var path = "/articles/sallow-creek-oysters-return";
        var id = id(path);
        var email = "erase-" + UUID.randomUUID() + "@example.net";
        var comment = comments.importComment(id, new CommentForm("Oysters are bak at last.", "Mo Trist", email, ""),
                Instant.now(), true);
        assertThat(site.get(path).body()).contains("Oysters are bak at last.");
        assertThat(site.get(path).headers().firstValue("X-Cache")).hasValue("hit");

        comments.edit(comment, "Oysters are back at last.", "Ed Itor");
        var edited = site.page(path);
        assertThat(edited.getElementById("comment-" + comment).text()).contains("Oysters are back at last.",
                "edited by a moderator");

        closures.close(id, "Ed Itor");
        var closed = site.page(path);
        assertThat(closed.selectFirst("#reply").text()).isEqualTo("Comments on this story are closed.");
        assertThat(closed.select(".comment__reply")).isEmpty();
        var refused = site.post(path + "/comments", Map.of("comment", "Late word", "author", "Al", "email",
                "al@example.net", "url", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        closures.open(id);
        assertThat(site.page(path).selectFirst("form#reply")).isNotNull();

        privacy.erase(email, false);
        var erased = site.page(path).getElementById("comment-" + comment);
        assertThat(erased.selectFirst(".comment__author").text()).contains("Anonymous").doesNotContain("Mo Trist");
    }

    @Test
    void aReaderWhoAsksHearsOfRepliesOnlyAfterConfirmingAndCanStop() throws Exception {
        var path = "/articles/nine-years-housing-register";
        var id = id(path);
        var email = "notify-" + UUID.randomUUID() + "@example.net";
        var response = site.post(path + "/comments", asTheFormSends(path, Map.of("comment",
                "How many families are waiting now?", "author", "Ida Fenn", "email", email, "url", "",
                "replies", "true")));
        assertThat(response.statusCode()).isEqualTo(303);
        var comment = latest(id, "Ida Fenn");
        comments.approve(comment);
        var confirmation = mailTo(email, "comment-reply-confirmation");
        var confirm = link(confirmation, "/replies/confirm");
        assertThat(site.get(confirm).statusCode()).isEqualTo(200);
        assertThat(site.get(confirm.replaceAll("token=.*", "token=forged")).statusCode()).isEqualTo(404);

        comments.replyAsStaff(comment, "Over nine hundred.", "Housing Desk", "desk@example.net");
        var notice = mailTo(email, "comment-reply");
        assertThat(notice).contains("Housing Desk replied").doesNotContain("desk@example.net");
        var stop = link(notice, "/replies/stop");
        assertThat(site.post(stop.replace(site.base(), ""), Map.of()).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment_reply_subscription WHERE email = :email")
                .param("email", email).query(Long.class).single()).isZero();
    }

    @Test
    void storyListsShowHowManyCommentsEachStoryHas() {
        var path = "/articles/lifeboat-station-150-years";
        var id = id(path);
        var before = site.page("/sections/" + articles.findPublished("lifeboat-station-150-years").orElseThrow()
                .section().slug());
        var count = before.select("a.story__comments[href=" + path + "#comments]").text();
        long had = count.isEmpty() ? 0 : Long.parseLong(count.split(" ")[0]);
        shown(id, "Happy anniversary to the crew.", "Dot Pascoe");

        var after = site.page("/sections/" + articles.findPublished("lifeboat-station-150-years").orElseThrow()
                .section().slug());
        assertThat(after.select("a.story__comments[href=" + path + "#comments]").text())
                .startsWith((had + 1) + " comment");
    }

    @Test
    void noPublicResponseCarriesACommentersEmail() {
        var path = "/articles/breaching-the-wall-cranes-marsh";
        var id = id(path);
        var email = "private-" + UUID.randomUUID() + "@example.net";
        var response = site.post(path + "/comments", Map.of("comment", "The marsh needed this.", "author",
                "Pip Quiller", "email", email, "url", "https://example.net/pip", "replies", "true"));
        assertThat(response.statusCode()).isEqualTo(303);
        var comment = latest(id, "Pip Quiller");
        comments.approve(comment);
        var story = articles.findPublished("breaching-the-wall-cranes-marsh").orElseThrow();

        var addresses = new ArrayList<String>(List.of("/", "/?page=2", path, path + "?page=2", path + "?replyto="
                + comment, "/comments/" + comment, "/comments/" + comment + "/report", "/sections/"
                + story.section().slug(), "/authors/" + story.authors().getFirst().slug(), "/robots.txt", "/about",
                "/contact", "/support", "/no-such-page", "/articles/no-such-story", "/comments/" + comment
                + "/replies/stop?token=x", "/comments/" + comment + "/replies/confirm?token=x"));
        story.tags().forEach(tag -> addresses.add(tag.path()));
        for (var feed : List.of("/feed", "/feed.xml", "/rss.xml", "/atom.xml", "/feed.json", "/sitemap.xml")) {
            addresses.add(feed);
        }
        var seen = 0;
        for (var address : addresses) {
            var answer = site.get(address);
            assertThat(answer.statusCode()).as(address).isLessThan(500);
            assertThat(answer.body()).as(address).doesNotContainIgnoringCase(email);
            seen += answer.body().contains("Pip Quiller") ? 1 : 0;
        }
        assertThat(seen).as("pages that show the comment").isGreaterThanOrEqualTo(2);
        var refused = site.post(path + "/comments", Map.of("comment", "", "author", "Pip Quiller", "email", email));
        assertThat(refused.statusCode()).isEqualTo(422);
    }

    private long shown(long articleId, String text, String name) {
        return comments.importComment(articleId, new CommentForm(text, name,
                name.toLowerCase().replace(' ', '.') + "@example.net", ""), Instant.now(), true);
    }

    /** The reader's fields with the form's own hidden ones (the screening token, the empty honeypot). */
    private Map<String, String> asTheFormSends(String path, Map<String, String> fields) {
        var all = new HashMap<>(fields);
        site.page(path).select("form#reply input[name]")
                .forEach(input -> all.putIfAbsent(input.attr("name"), input.val()));
        return all;
    }

    private long id(String path) {
        return articles.findPublished(path.substring("/articles/".length())).orElseThrow().id();
    }

    private long latest(long articleId, String name) {
        return jdbc.sql("SELECT MAX(id) FROM comment WHERE article_id = :id AND author_name = :name")
                .param("id", articleId).param("name", name).query(Long.class).single();
    }

    private String mailTo(String email, String purpose) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            var found = jdbc.sql("SELECT text_body FROM outgoing_mail WHERE recipient = :to AND purpose = :purpose")
                    .param("to", email).param("purpose", purpose).query(String.class).list();
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No " + purpose + " mail to " + email);
    }

    private static String link(String text, String part) {
        return text.lines().filter(line -> line.contains(part)).findFirst().orElseThrow().strip();
    }
}
