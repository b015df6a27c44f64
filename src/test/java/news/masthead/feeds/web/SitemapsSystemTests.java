package news.masthead.feeds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import news.masthead.feeds.FeedSettings;
import news.masthead.feeds.NewsSitemapAged;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.ArticleSyndication;
import news.masthead.system.SiteClient;
import news.masthead.system.SystemTest;

/**
 * The sitemaps as search engines fetch them: valid by the sitemaps.org schemas, listing every
 * live story once, split into numbered sitemaps under an index when the site outgrows one, and a
 * news sitemap of the last two days kept apart.
 */
@SystemTest
abstract class SitemapsSystemTests {

    @LocalServerPort
    int port;
    @Autowired
    ArticleManagement articles;
    @Autowired
    Sitemaps sitemaps;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    ArticleSyndication syndication;
    @Autowired
    FeedSettings settings;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void theSitemapListsTheFrontPageSectionsAndEveryLiveStoryOnce() {
        var body = ok("/sitemap.xml");

        FeedValidation.validSitemap(body);
        var locations = locations(body);
        assertThat(locations).doesNotHaveDuplicates().allSatisfy(url -> assertThat(url).startsWith(site.base() + "/"));
        assertThat(locations).contains(site.base() + "/", site.base() + "/sections/local", site.base() + "/about");
        assertThat(locations.stream().filter(url -> url.startsWith(site.base() + "/articles/")))
                .hasSize((int) articles.publishedCount());
        var newest = articles.latest(1, 1).items().getFirst();
        var entry = xml(body).select("url:has(loc:containsOwn(" + newest.path() + "))").first();
        assertThat(entry.selectFirst("lastmod").text()).startsWith(newest.updatedAt().toString().substring(0, 16));
        assertThat(body).doesNotContain("sitemap-news");
    }

    @Test
    void aLargeSiteGetsAnIndexOfNumberedSitemapsThatTogetherListEverything() throws Exception {
        var whole = locations(ok("/sitemap.xml"));
        var plan = sitemaps.plan(10);
        assertThat(plan.split()).isTrue();

        var index = new ByteArrayOutputStream();
        sitemaps.writeIndex(plan, index);
        FeedValidation.validSitemapIndex(index.toString(StandardCharsets.UTF_8));
        assertThat(locations(index.toString(StandardCharsets.UTF_8))).hasSize(plan.parts())
                .first().isEqualTo(site.base() + "/sitemap-1.xml");

        var joined = new ArrayList<String>();
        for (int part = 1; part <= plan.parts(); part++) {
            var out = new ByteArrayOutputStream();
            sitemaps.writePart(plan, part, out);
            var xml = out.toString(StandardCharsets.UTF_8);
            FeedValidation.validSitemap(xml);
            assertThat(locations(xml)).hasSizeLessThanOrEqualTo(10);
            joined.addAll(locations(xml));
        }
        assertThat(joined).containsExactlyElementsOf(whole);
    }

    @Test
    void numberedSitemapsBeyondTheLastAreNotFound() {
        FeedValidation.validSitemap(ok("/sitemap-1.xml"));
        assertThat(site.get("/sitemap-2.xml").statusCode()).isEqualTo(404);
        assertThat(site.get("/sitemap-0.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void theNewsSitemapListsTheLastTwoDaysStories() {
        var since = clock.instant().minus(Duration.ofDays(2));
        var recent = articles.latest(1, 100).items().stream().filter(story -> !story.publishedAt().isBefore(since))
                .map(story -> site.base() + story.path()).toList();
        assertThat(recent).as("the demo has recent stories").isNotEmpty();

        var news = xml(ok("/news-sitemap.xml"));
        assertThat(news.select("urlset > url > loc")).extracting(Element::text).containsExactlyElementsOf(recent);
        var first = news.selectFirst("urlset > url");
        assertThat(first.selectFirst("news|news > news|publication > news|name").text())
                .isEqualTo("The Alder Estuary Ledger");
        assertThat(first.selectFirst("news|publication_date").text()).endsWith("Z");
        assertThat(first.selectFirst("news|title").text()).isNotBlank();
        assertThat(locations(ok("/sitemap.xml"))).containsAll(recent);
    }

    @Test
    void theNewsSitemapIsWrittenAgainWhenAStoryAgesOut() {
        ok("/news-sitemap.xml");
        assertThat(site.get("/news-sitemap.xml").headers().firstValue("X-Cache")).hasValue("hit");

        events.publishEvent(new NewsSitemapAged());

        assertThat(site.get("/news-sitemap.xml").headers().firstValue("X-Cache")).hasValue("miss");
    }

    @Test
    void aStoryCrossingTheTwoDayLineHasTheNewsSitemapDropped() {
        var newest = articles.latest(1, 1).items().getFirst().publishedAt();
        var twoDaysLater = newest.plus(Duration.ofDays(2));
        var time = new MovableClock(twoDaysLater.minusSeconds(60));
        var published = new ArrayList<Object>();
        var window = new NewsWindow(syndication, published::add, settings, time);

        window.check();
        assertThat(published).isEmpty();
        time.set(twoDaysLater.plusSeconds(60));
        window.check();
        assertThat(published).containsExactly(new NewsSitemapAged());
        time.set(twoDaysLater.plusSeconds(120));
        window.check();
        assertThat(published).hasSize(1);
    }

    @Test
    void robotsNameBothSitemaps() {
        assertThat(ok("/robots.txt")).contains("Sitemap: " + site.base() + "/sitemap.xml")
                .contains("Sitemap: " + site.base() + "/news-sitemap.xml");
    }

    /** A clock the test sets, to see what the passing of days does. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private String ok(String path) {
        var response = site.get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response.body();
    }

    private static Document xml(String body) {
        return Jsoup.parse(body, "", Parser.xmlParser());
    }

    private static List<String> locations(String body) {
        return xml(body).select("loc").eachText();
    }
}
