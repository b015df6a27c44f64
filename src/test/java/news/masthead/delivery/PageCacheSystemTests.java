package news.masthead.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;

import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentManagement;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.NewArticle;
import news.masthead.site.SiteManagement;

/**
 * The page cache serves what readers would see if nothing were cached: each kind of change shows
 * on the very next request, and per-reader pages are never shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "masthead.delivery.follow-interval=200ms" })
abstract class PageCacheSystemTests {

    static final String LEAD = "/articles/storm-floods-lower-town";

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    ArticleManagement articles;
    @Autowired
    CommentManagement comments;
    @Autowired
    SiteManagement site;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void answersRepeatVisitsFromMemoryWithValidators() throws Exception {
        get("/sections/business");
        var second = get("/sections/business");
        assertThat(second.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(second.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).startsWith("\""));
        assertThat(second.headers().firstValue("Last-Modified")).isPresent();
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow())
                .contains("public", "max-age=", "s-maxage=", "stale-while-revalidate=");
        assertThat(second.headers().firstValue("Surrogate-Key").orElseThrow()).contains("site", "section-");
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(second.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(second.headers().map()).doesNotContainKey("set-cookie");
    }

    @Test
    void aHitCarriesEveryHeaderOfTheAnswerItWasStoredFrom() throws Exception {
        var pages = Map.of("identity", "/sections/culture?page=1", "gzip", "/tags/music?page=1", "gzip, br",
                "/authors/ingrid-vale?page=1");
        for (var encoding : pages.keySet()) {
            var request = HttpRequest.newBuilder(uri(pages.get(encoding))).header("Accept-Encoding", encoding).build();
            var first = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            var hit = http.send(request, HttpResponse.BodyHandlers.ofByteArray());

            assertThat(first.headers().firstValue("X-Cache")).as(encoding).hasValue("miss");
            assertThat(hit.headers().firstValue("X-Cache")).as(encoding).hasValue("hit");
            assertThat(hit.body()).as(encoding).isEqualTo(first.body());
            assertThat(withoutDateAndSource(hit.headers().map())).as(encoding)
                    .isEqualTo(withoutDateAndSource(first.headers().map()));
        }
    }

    @Test
    void countsHitsAndNeverAnswersPagesOnTheManagementPort() throws Exception {
        get(LEAD);
        get(LEAD);

        assertThat(send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + LEAD)).build())
                .statusCode()).isEqualTo(404);
        var metrics = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort
                + "/actuator/prometheus")).build());
        assertThat(metrics.body()).contains("masthead_page_cache_hits_total{status=\"200\"}");
    }

    @Test
    void answersRevalidationWithNotModifiedUntilThePageChanges() throws Exception {
        var first = get(LEAD);
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var revalidated = send(HttpRequest.newBuilder(uri(LEAD)).header("If-None-Match", etag).build());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();

        var id = articles.findPublished("storm-floods-lower-town").orElseThrow().id();
        comments.approve(comments.submit(id, new CommentForm("A thought on the bridge.", "Rae Tolley",
                "rae@example.org", ""), "198.51.100.1", "test").id());

        var changed = send(HttpRequest.newBuilder(uri(LEAD)).header("If-None-Match", etag).build());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("A thought on the bridge.");
        assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
    }

    @Test
    void compressesOnceAndNegotiates() throws Exception {
        var plain = get("/about");
        var gzipped = http.send(HttpRequest.newBuilder(uri("/about")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        var refused = http.send(HttpRequest.newBuilder(uri("/about")).header("Accept-Encoding", "gzip;q=0").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void sendsBrotliToReadersWhoTakeIt() throws Exception {
        var plain = get("/about");
        var brotli = http.send(HttpRequest.newBuilder(uri("/about")).header("Accept-Encoding", "gzip, br").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        var decoded = Decoder.decompress(brotli.body());
        assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        assertThat(new String(decoded.getDecompressedData(), StandardCharsets.UTF_8)).isEqualTo(plain.body());

        var etag = brotli.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        var revalidated = send(HttpRequest.newBuilder(uri("/about")).header("Accept-Encoding", "br")
                .header("If-None-Match", etag).build());
        assertThat(revalidated.statusCode()).isEqualTo(304);
    }

    @Test
    void showsANewlyPublishedArticleOnEveryListAtOnce() throws Exception {
        var lists = List.of("/", "/sections/culture", "/authors/ingrid-vale", "/tags/music");
        for (var path : lists) {
            get(path);
            assertThat(get(path).headers().firstValue("X-Cache")).hasValue("hit");
        }
        var id = articles.draft(new NewArticle("harbour-choir-wins-county-prize", "Harbour choir wins the county prize",
                "The Port Alder Harbour Choir took first place.", "The choir sang three songs.", "culture",
                List.of("ingrid-vale"), List.of("music"), null));
        articles.publish(id, clock.instant());

        for (var path : lists) {
            assertThat(get(path).body()).as(path).contains("Harbour choir wins the county prize");
        }
        assertThat(get("/articles/harbour-choir-wins-county-prize").statusCode()).isEqualTo(200);
    }

    @Test
    void showsAnUpdatedHeadlineWhereverTheArticleAppears() throws Exception {
        var article = articles.findPublished("record-avocet-count-skerry-marsh").orElseThrow();
        var path = article.path();
        var section = article.section().path();
        get(path);
        get(section);
        articles.revise(article.id(), "Avocets return to Skerry Marsh in record numbers", article.standfirst(),
                "A revised body.", clock.instant());

        assertThat(get(path).body()).contains("Avocets return to Skerry Marsh in record numbers", "A revised body.");
        assertThat(get(section).body()).contains("Avocets return to Skerry Marsh in record numbers");
    }

    @Test
    void dropsAWithdrawnArticleEverywhere() throws Exception {
        var article = articles.findPublished("hollis-bakery-to-close").orElseThrow();
        get(article.path());
        get("/sections/business");
        articles.withdraw(article.id());

        assertThat(get(article.path()).statusCode()).isEqualTo(404);
        assertThat(get("/sections/business").body()).doesNotContain(article.path());
    }

    @Test
    void showsAnApprovedCommentAndNeverAPendingOneToOthers() throws Exception {
        var article = articles.findPublished("review-the-net-loft").orElseThrow();
        get(article.path());
        var submitted = comments.submit(article.id(), new CommentForm("The crab was excellent.", "Tam Venn",
                "tam@example.org", ""), "198.51.100.2", "test");

        var ownView = get(article.path() + "?unapproved=" + submitted.id() + "&moderation-hash=" + submitted.moderationHash());
        assertThat(ownView.body()).contains("The crab was excellent.", "awaiting moderation");
        assertThat(ownView.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(ownView.headers().firstValue("X-Cache")).isEmpty();
        assertThat(get(article.path()).body()).doesNotContain("The crab was excellent.");

        comments.approve(submitted.id());
        assertThat(get(article.path()).body()).contains("The crab was excellent.");
    }

    @Test
    void dropsARemovedCommentAtOnce() throws Exception {
        var article = articles.findPublished("primary-schools-merger-plan").orElseThrow();
        var shown = comments.approvedOn(article.id()).getFirst();
        assertThat(get(article.path()).body()).contains("id=\"comment-" + shown.id() + "\"");

        comments.trash(shown.id());

        assertThat(get(article.path()).body()).doesNotContain("id=\"comment-" + shown.id() + "\"");
    }

    @Test
    void showsChangedSettingsAndSectionsOnEveryPage() throws Exception {
        get("/");
        get("/about");
        site.update(site.settings().withAppeal("Every pound keeps a reporter at the council meeting."));
        articles.updateSection("environment", "Climate and Environment", "The river and the weather.");
        site.update(site.settings().withIdentity("The Estuary Ledger", "News for the estuary", "An independent newsroom.",
                "Europe/London"));

        assertThat(get("/about").body()).contains("The Estuary Ledger", "Climate and Environment");
        assertThat(get("/").body()).contains("The Estuary Ledger", "Climate and Environment");
        assertThat(get(LEAD).body()).contains("Every pound keeps a reporter at the council meeting.");
    }

    @Test
    void recordsEveryChangeForTheOtherNodes() {
        long before = jdbc.sql("SELECT COUNT(*) FROM page_change").query(Long.class).single();
        site.update(site.settings());
        var keys = jdbc.sql("SELECT keys FROM page_change ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM page_change").query(Long.class).single()).isEqualTo(before + 1);
        assertThat(keys).isEqualTo("site");
    }

    @Test
    void aHeadRequestNeverLeavesAnEmptyPageForTheNextReader() throws Exception {
        var head = send(HttpRequest.newBuilder(uri("/contact")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(head.statusCode()).isEqualTo(200);

        var page = get("/contact");
        assertThat(page.body()).contains("Contact the newsroom");
        var again = send(HttpRequest.newBuilder(uri("/contact")).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(again.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(get("/contact").body()).contains("Contact the newsroom");
    }

    @Test
    void neverCachesErrorsOrUnknownQueries() throws Exception {
        get("/articles/no-such-story");
        assertThat(get("/articles/no-such-story").headers().firstValue("X-Cache")).isEmpty();
        get("/?utm_source=feed");
        assertThat(get("/?utm_source=feed").headers().firstValue("X-Cache")).isEmpty();
        assertThat(get("/?page=abc").statusCode()).isEqualTo(400);
    }

    /**
     * Content-Language is left out too: MVC sets it from the reader's own Accept-Language, so it
     * belongs to one answer and is not kept with the shared page.
     */
    private static Map<String, List<String>> withoutDateAndSource(Map<String, List<String>> headers) {
        var kept = new TreeMap<>(headers);
        kept.remove("date");
        kept.remove("x-cache");
        kept.remove("content-language");
        return kept;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
