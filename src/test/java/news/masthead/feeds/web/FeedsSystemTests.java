package news.masthead.feeds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.rometools.rome.feed.module.DCModule;

import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentManagement;
import news.masthead.feeds.FeedSettings;
import news.masthead.media.MediaLibrary;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.ArticleSummary;
import news.masthead.publishing.ArticleSyndication;
import news.masthead.publishing.NewArticle;
import news.masthead.publishing.PublishedArticle;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;
import news.masthead.system.SiteClient;
import news.masthead.system.SystemTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every feed as a feed reader fetches it from the running demo site: each parses with Rome or
 * validates against the JSON Feed schema, lists what the site shows, and changes on the very next
 * request after a story or comment does.
 */
@SystemTest
abstract class FeedsSystemTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ArticleManagement articles;
    @Autowired
    CommentManagement comments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ArticleSyndication syndication;
    @Autowired
    SiteManagement siteSettings;
    @Autowired
    MediaLibrary media;
    @Autowired
    SiteUrls urls;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void theSiteFeedsListTheNewestStoriesInEveryFormat() {
        var newest = articles.latest(1, 20).items();
        var lead = articles.findPublished(newest.getFirst().slug()).orElseThrow();

        var rss = FeedValidation.rss(ok("/rss.xml"));
        assertThat(rss.getLink()).isEqualTo(site.base() + "/");
        assertThat(rss.getItems()).extracting(item -> item.getLink())
                .containsExactlyElementsOf(newest.stream().map(story -> site.base() + story.path()).toList());
        var item = rss.getItems().getFirst();
        assertThat(item.getTitle()).isEqualTo(lead.headline());
        assertThat(item.getDescription().getValue()).isEqualTo(lead.standfirst());
        assertThat(item.getContent()).as("summaries by default").isNull();
        assertThat(item.getGuid().isPermaLink()).isFalse();
        assertThat(item.getGuid().getValue()).startsWith("tag:127.0.0.1,2026:article:" + lead.id());
        assertThat(item.getPubDate().toInstant()).isEqualTo(lead.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(item.getCategories()).extracting(category -> category.getValue()).contains(lead.section().name())
                .containsAll(lead.tags().stream().map(tag -> tag.name()).toList());
        assertThat(((DCModule) item.getModule(DCModule.URI)).getCreators())
                .containsExactlyElementsOf(lead.authors().stream().map(author -> author.name()).toList());

        var atom = FeedValidation.atom(ok("/atom.xml"));
        assertThat(atom.getEntries()).hasSize(newest.size());
        var entry = atom.getEntries().getFirst();
        assertThat(entry.getId()).isEqualTo(item.getGuid().getValue());
        assertThat(entry.getAlternateLinks().getFirst().getHref()).isEqualTo(site.base() + lead.path());
        assertThat(entry.getUpdated().toInstant()).isEqualTo(lead.updatedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(atom.getOtherLinks()).anySatisfy(link -> {
            assertThat(link.getRel()).isEqualTo("self");
            assertThat(link.getHref()).isEqualTo(site.base() + "/atom.xml");
        });

        var json = validJson("/feed.json");
        assertThat(json.get("feed_url").asString()).isEqualTo(site.base() + "/feed.json");
        assertThat(json.get("items")).hasSize(newest.size());
        assertThat(json.get("items").get(0).get("id").asString()).isEqualTo(item.getGuid().getValue());
        assertThat(json.get("items").get(0).get("content_text").asString()).isEqualTo(lead.standfirst());
    }

    @Test
    void withWholeStoriesSetTheFeedsCarryTheBodyWithAbsoluteLinks() {
        var whole = new FeedSettings(FeedSettings.Content.FULL, 5, 5, 50_000, Duration.ofDays(2), "");
        var feeds = new ArticleFeeds(syndication, articles, siteSettings, media, urls, new FeedIds(whole, urls), whole);
        var lead = articles.findPublished(articles.latest(1, 1).items().getFirst().slug()).orElseThrow();

        var feed = feeds.site();
        var item = FeedValidation.rss(RssWriter.write(feed)).getItems().getFirst();
        assertThat(item.getDescription().getValue()).isEqualTo(lead.standfirst());
        assertThat(item.getContent().getValue()).isNotBlank().doesNotContain("src=\"/", "href=\"/");
        assertThat(FeedValidation.atom(AtomWriter.write(feed)).getEntries()).hasSize(5);
        assertThat(FeedValidation.jsonFeedProblems(JsonFeedWriter.write(feed))).isEmpty();
        assertThat(JsonFeedWriter.write(feed)).contains("\"content_html\"");
    }

    @Test
    void featuredPicturesGoOutAsEnclosuresWithTheirTrueLengthAndType() {
        var illustrated = articles.latest(1, 20).items().stream().filter(story -> story.image() != null).findFirst()
                .orElseThrow();
        var picture = site.get(illustrated.image().path());
        long length = Long.parseLong(picture.headers().firstValue("Content-Length").orElseThrow());

        var item = FeedValidation.rss(ok("/rss.xml")).getItems().stream()
                .filter(candidate -> candidate.getLink().endsWith(illustrated.path())).findFirst().orElseThrow();
        var enclosure = item.getEnclosures().getFirst();
        assertThat(enclosure.getUrl()).isEqualTo(site.base() + illustrated.image().path());
        assertThat(enclosure.getLength()).isEqualTo(length);
        assertThat(enclosure.getType()).isEqualTo(picture.headers().firstValue("Content-Type").orElseThrow());

        var entry = FeedValidation.atom(ok("/atom.xml")).getEntries().stream()
                .filter(candidate -> candidate.getAlternateLinks().getFirst().getHref().endsWith(illustrated.path()))
                .findFirst().orElseThrow();
        assertThat(entry.getOtherLinks()).anySatisfy(link -> {
            assertThat(link.getRel()).isEqualTo("enclosure");
            assertThat(link.getLength()).isEqualTo(length);
        });

        var jsonItem = stream(validJson("/feed.json").get("items"))
                .filter(candidate -> candidate.get("url").asString().endsWith(illustrated.path())).findFirst()
                .orElseThrow();
        assertThat(jsonItem.get("attachments").get(0).get("size_in_bytes").asLong()).isEqualTo(length);
        assertThat(jsonItem.get("image").asString()).isEqualTo(site.base() + illustrated.image().path());
    }

    @Test
    void eachSectionTagAndAuthorHasItsOwnFeeds() {
        var lead = taggedStory();
        var section = lead.section();
        var tag = lead.tags().getFirst();
        var author = lead.authors().getFirst();

        assertFeedsList(section.path(), articles.newestInSection(section, 20));
        assertFeedsList(tag.path(), articles.taggedWith(tag, 1, 20).items());
        assertFeedsList(author.path(), articles.bylinedBy(author, 1, 20).items());
        assertThat(FeedValidation.rss(ok(section.path() + "/rss.xml")).getTitle()).endsWith(section.name());
    }

    private void assertFeedsList(String page, List<ArticleSummary> expected) {
        var links = expected.stream().map(story -> site.base() + story.path()).toList();
        assertThat(FeedValidation.rss(ok(page + "/rss.xml")).getItems()).extracting(item -> item.getLink())
                .as(page).containsExactlyElementsOf(links);
        assertThat(FeedValidation.atom(ok(page + "/atom.xml")).getEntries())
                .extracting(entry -> entry.getAlternateLinks().getFirst().getHref()).containsExactlyElementsOf(links);
        assertThat(stream(validJson(page + "/feed.json").get("items")).map(item -> item.get("url").asString()))
                .containsExactlyElementsOf(links);
    }

    @Test
    void commentFeedsShowApprovedCommentsAndNeverAnEmailAddress() {
        var commented = articles.latest(1, 40).items().stream()
                .filter(story -> !comments.approvedOn(story.id()).isEmpty()).findFirst().orElseThrow();
        var approved = comments.approvedOn(commented.id());
        var emails = jdbc.sql("SELECT DISTINCT author_email FROM comment").query(String.class).list();

        var own = FeedValidation.rss(ok(commented.path() + "/comments/rss.xml"));
        assertThat(own.getItems()).hasSize(Math.min(30, approved.size()));
        assertThat(own.getItems().getFirst().getLink())
                .isEqualTo(site.base() + commented.path() + "#comment-" + approved.getLast().id());
        var all = FeedValidation.rss(ok("/comments/rss.xml"));
        assertThat(all.getItems()).isNotEmpty()
                .allSatisfy(item -> assertThat(item.getGuid().getValue()).contains(":comment:"));

        for (var path : List.of("/comments/rss.xml", "/comments/atom.xml", "/comments/feed.json",
                commented.path() + "/comments/rss.xml", commented.path() + "/comments/atom.xml",
                commented.path() + "/comments/feed.json")) {
            var body = ok(path);
            assertThat(emails).allSatisfy(email -> assertThat(body).as(path).doesNotContainIgnoringCase(email));
        }
        FeedValidation.atom(ok("/comments/atom.xml"));
        validJson("/comments/feed.json");
        validJson(commented.path() + "/comments/feed.json");
    }

    @Test
    void aFeedOfNothingThatExistsIsNotFound() {
        for (var path : List.of("/sections/sport/rss.xml", "/tags/no-such-tag/atom.xml", "/authors/nobody/feed.json",
                "/articles/no-such-story/comments/rss.xml", "/sections/local/feed.xml")) {
            assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void pagesAnnounceTheirOwnFeedsAndTheSitesInTheirHead() {
        var lead = taggedStory();
        var expectations = List.of(
                List.of("/", "/rss.xml"),
                List.of(lead.section().path(), lead.section().path() + "/rss.xml"),
                List.of(lead.tags().getFirst().path(), lead.tags().getFirst().path() + "/rss.xml"),
                List.of(lead.authors().getFirst().path(), lead.authors().getFirst().path() + "/rss.xml"),
                List.of(lead.path(), lead.path() + "/comments/rss.xml"));
        for (var expectation : expectations) {
            var page = site.page(expectation.get(0));
            var feeds = page.select("head link[rel=alternate]");
            assertThat(feeds.first().attr("href")).as(expectation.get(0)).isEqualTo(expectation.get(1));
            assertThat(feeds).extracting(link -> link.attr("href")).contains("/rss.xml", "/atom.xml", "/feed.json");
            for (Element link : feeds) {
                var response = site.get(link.attr("href"));
                assertThat(response.statusCode()).as(link.attr("href")).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(link.attr("type"));
                assertThat(link.attr("title")).isNotBlank();
            }
        }
        assertThat(site.page("/about").select("footer a[href=/rss.xml]")).hasSize(1);
    }

    @Test
    void feedsAreCachedWithValidatorsAndAnswerRevalidationWithNotModified() {
        ok("/sections/culture/atom.xml");
        var second = site.get("/sections/culture/atom.xml");
        assertThat(second.headers().firstValue("X-Cache")).hasValue("hit");
        assertThat(second.headers().firstValue("Surrogate-Key").orElseThrow()).contains("site", "section-");
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "s-maxage=");
        var etag = second.headers().firstValue("ETag").orElseThrow();
        var lastModified = second.headers().firstValue("Last-Modified").orElseThrow();

        var byTag = site.get("/sections/culture/atom.xml", "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(site.get("/sections/culture/atom.xml", "If-Modified-Since", lastModified).statusCode())
                .isEqualTo(304);
        assertThat(site.get("/feed.json").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/feed+json");
    }

    @Test
    void aPublishedUpdatedAndWithdrawnStoryShowsInTheFeedsAtOnce() {
        var feeds = List.of("/rss.xml", "/sections/culture/rss.xml", "/tags/music/rss.xml",
                "/authors/ingrid-vale/rss.xml", "/atom.xml", "/feed.json");
        feeds.forEach(this::cached);
        var etag = site.get("/rss.xml").headers().firstValue("ETag").orElseThrow();

        var id = articles.draft(new NewArticle("feed-choir-sings-at-the-quay", "Choir sings at the quay",
                "The harbour choir gave a free concert.", "Three songs and an encore.", "culture",
                List.of("ingrid-vale"), List.of("music"), null));
        articles.publish(id, clock.instant());
        for (var path : feeds) {
            assertThat(ok(path)).as(path).contains("Choir sings at the quay");
        }
        assertThat(site.get("/rss.xml", "If-None-Match", etag).statusCode()).isEqualTo(200);

        feeds.forEach(this::cached);
        articles.revise(id, "Choir fills the quay with song", "The harbour choir gave a free concert.",
                "Three songs.", clock.instant());
        for (var path : feeds) {
            assertThat(ok(path)).as(path).contains("Choir fills the quay with song")
                    .doesNotContain("Choir sings at the quay");
        }

        feeds.forEach(this::cached);
        articles.withdraw(id);
        for (var path : feeds) {
            assertThat(ok(path)).as(path).doesNotContain("Choir fills the quay", "feed-choir-sings-at-the-quay");
        }
    }

    @Test
    void anApprovedCommentShowsInTheCommentFeedsAtOnce() {
        var id = articles.draft(new NewArticle("feed-lifeboat-open-day", "Lifeboat station opens its doors",
                "Visitors can see the new boat on Saturday.", "Come along.", "local", List.of("ingrid-vale"),
                List.of(), null));
        articles.publish(id, clock.instant());
        var path = PublishedArticle.pathOf("feed-lifeboat-open-day");
        var feeds = List.of("/comments/rss.xml", "/comments/atom.xml", "/comments/feed.json",
                path + "/comments/rss.xml", path + "/comments/atom.xml", path + "/comments/feed.json");
        feeds.forEach(this::cached);

        var submitted = comments.submit(id, new CommentForm("Will the crew be there to answer questions?",
                "Mara Penhallow", "mara.penhallow@example.org", ""), "127.0.0.1", "test");
        for (var feed : feeds) {
            assertThat(ok(feed)).as(feed).doesNotContain("Will the crew be there");
        }
        comments.approve(submitted.id());
        for (var feed : feeds) {
            assertThat(ok(feed)).as(feed).contains("Will the crew be there", "Mara Penhallow")
                    .doesNotContain("mara.penhallow@example.org");
        }
        feeds.forEach(this::cached);
        comments.trash(submitted.id());
        for (var feed : feeds) {
            assertThat(ok(feed)).as(feed).doesNotContain("Will the crew be there");
        }
        // Other tests on this running site count the demo's stories.
        articles.withdraw(id);
    }

    /** A recent demo story with a section, tags and a byline; the newest may be one a test made. */
    private PublishedArticle taggedStory() {
        return articles.latest(1, 10).items().stream()
                .map(story -> articles.findPublished(story.slug()).orElseThrow())
                .filter(story -> !story.tags().isEmpty() && !story.authors().isEmpty())
                .findFirst().orElseThrow();
    }

    /** Fetches a feed until the page cache holds it, so that a later change must evict it. */
    private void cached(String path) {
        ok(path);
        assertThat(site.get(path).headers().firstValue("X-Cache")).as(path).hasValue("hit");
    }

    private String ok(String path) {
        var response = site.get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    private JsonNode validJson(String path) {
        var body = ok(path);
        assertThat(FeedValidation.jsonFeedProblems(body)).as(path).isEmpty();
        return JSON.readTree(body);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
