package news.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.ArticleSummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of public page, as a reader's browser gets it, over the demo newsroom. What the pages
 * should list is asked of the publishing module, since the demo's dates move with the clock.
 */
@SystemTest
abstract class PublicPagesSystemTests {

    static final String SITE_TITLE = "The Alder Estuary Ledger";
    static final String ARTICLE = "/articles/saltings-seawall-survey-findings";
    static final String HEADLINE = "A third of the Saltings seawall is in poor condition, unpublished survey finds";
    static final String STANDFIRST = "An engineering survey obtained by the Ledger rates 14 of the wall's 41 sections"
            + " as poor or very poor. Full repairs could cost £6.8m. The council has £1.1m set aside.";

    @LocalServerPort
    int port;

    @Autowired
    ArticleManagement articles;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void theFrontPageLeadsWithTheNewestStoryThenTheLatestThenEachSection() {
        var newest = articles.latest(1, 12).items();

        var page = site.page("/");

        assertThat(page.title()).isEqualTo(SITE_TITLE + " – Independent news for Port Alder and the estuary towns");
        var stories = storyLinks(page);
        assertThat(stories.subList(0, 7)).containsExactlyElementsOf(paths(newest.subList(0, 7)));
        assertThat(stories).doesNotHaveDuplicates();
        assertThat(page.select("main h2 a[href^=/sections/]")).extracting(Element::text)
                .containsExactly("Local", "Environment", "Business", "Culture");
        assertThat(page.select("main time[datetime]")).isNotEmpty();
        assertThat(page.select("nav a[href^=/sections/]")).extracting(Element::text)
                .contains("Local", "Environment", "Business", "Culture");
        assertPagination(page, 1, 3, null, "/?page=2");
    }

    @Test
    void olderStoriesArePagedNewestFirst() {
        var second = site.page("/?page=2");
        var third = site.page("/?page=3");

        assertThat(second.title()).isEqualTo("Latest stories, page 2 – " + SITE_TITLE);
        assertThat(storyLinks(second)).containsExactlyElementsOf(paths(articles.latest(2, 12).items()));
        assertThat(storyLinks(third)).containsExactlyElementsOf(paths(articles.latest(3, 12).items()))
                .hasSize((int) articles.publishedCount() - 24);
        assertNewestFirst(second);
        assertNewestFirst(third);
        assertPagination(second, 2, 3, "/", "/?page=3");
        assertPagination(third, 3, 3, "/?page=2", null);
        assertThat(canonical(second)).isEqualTo(site.base() + "/?page=2");
    }

    @Test
    void theArticlePageShowsTheWholeStory() {
        var page = site.page(ARTICLE);
        var article = page.selectFirst("main article");

        assertThat(article.selectFirst("h1").text()).isEqualTo(HEADLINE);
        assertThat(article.text()).contains(STANDFIRST);
        assertThat(article.select("a[href=/sections/environment]")).isNotEmpty();
        var byline = article.select("a[rel=author]");
        assertThat(byline).extracting(Element::text).containsExactly("Tomás Reyes", "Mara Okafor");
        assertThat(byline).extracting(link -> link.attr("href"))
                .containsExactly("/authors/tomas-reyes", "/authors/mara-okafor");
        assertThat(byline.first().parent().text()).isEqualTo("By Tomás Reyes and Mara Okafor");

        var published = articles.findPublished("saltings-seawall-survey-findings").orElseThrow();
        var times = article.select("header time[datetime]");
        assertThat(times).hasSize(2);
        assertThat(OffsetDateTime.parse(times.get(0).attr("datetime")).toInstant())
                .isEqualTo(published.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(times.get(1).parent().text()).startsWith("Updated");
        assertThat(times.get(0).text()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}");

        var lead = article.selectFirst("figure img[fetchpriority=high]");
        assertThat(lead.attr("src")).matches("/media/saltings-seawall-survey-findings-[0-9a-f]{10}\\.jpg");
        assertThat(lead.attr("alt")).startsWith("A long grass-topped earth embankment");
        assertThat(lead.attr("width")).isEqualTo("1200");
        assertThat(lead.attr("height")).isEqualTo("675");
        assertThat(lead.parent().selectFirst("figcaption").text())
                .contains("The Saltings seawall at low water").contains("Petra Lund / The Ledger");
        assertThat(site.get(lead.attr("src")).statusCode()).isEqualTo(200);

        var body = page.select("main blockquote");
        assertThat(body).hasSize(3);
        assertThat(body.first().text()).startsWith("\"This is a seventy-year-old clay bank");
        assertThat(article.select("h2")).extracting(Element::text).contains("What the survey found", "Who pays");
        var figure = article.select("figure:has(figcaption)").stream()
                .filter(candidate -> candidate.text().contains("The capping beam near the Pilot's Steps"))
                .findFirst().orElseThrow();
        assertThat(figure.selectFirst("img").attr("src")).matches("/media/saltings-seawall-crack-[0-9a-f]{10}\\.jpg");
        assertThat(figure.selectFirst("img").attr("alt")).startsWith("A concrete capping beam");
        assertThat(site.get(figure.selectFirst("img").attr("src")).headers().firstValue("Content-Type"))
                .hasValue("image/jpeg");
        assertThat(article.select("a[href=https://example.org/ledger/saltings-seawall-grades]")).hasSize(1);

        assertThat(article.select("a[href^=/tags/]")).extracting(link -> link.attr("href"))
                .containsExactly("/tags/flooding", "/tags/seawall", "/tags/council", "/tags/harbour");
        var appeal = page.select("main aside").stream().filter(aside -> aside.text().contains("Support")).findFirst()
                .orElseThrow();
        assertThat(appeal.text()).contains("Independent journalism depends on readers like you. If this story was"
                + " useful, please consider supporting the Ledger.");
        assertThat(appeal.select("a[href^=/support?article=]")).isNotEmpty();
    }

    @Test
    void theArticlePageShowsOnlyApprovedCommentsNumberedInOrder() {
        var comments = site.page(ARTICLE).selectFirst("#comments");

        assertThat(comments.selectFirst("h2").text()).isEqualTo("4 comments");
        var items = comments.select("ol > li[id^=comment-]");
        assertThat(items).hasSize(4);
        assertThat(items).extracting(item -> item.selectFirst("h3, .comment__author").text().replace("Comment by ", ""))
                .containsExactly("Imogen Rusk", "Colin Bastable", "Owen Pask", "Nadia Greer");
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.get(i).text()).startsWith(Integer.toString(i + 1));
        }
        assertThat(items.get(1).select("a[href=https://example.org/colin-bastable]").attr("rel"))
                .isEqualTo("nofollow ugc");
        assertThat(items.get(1).select("p")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(comments.text()).doesNotContain("Dave Holt").doesNotContain("join the dots")
                .doesNotContain("awaiting moderation");
    }

    @Test
    void commentersEmailAddressesAreNotPublished() {
        var html = site.get(ARTICLE).body();

        assertThat(html).doesNotContain("imogen.rusk@example.net", "cbastable@example.org", "owen.pask@example.com",
                "nadia.greer@example.org", "daveholt@example.net", "@example.net");
    }

    @Test
    void theReplyFormSaysWhatIsRequiredAndThatTheAddressStaysPrivate() {
        var form = site.page(ARTICLE).selectFirst("form#reply");

        assertThat(form.attr("method")).isEqualToIgnoringCase("post");
        assertThat(form.attr("action")).startsWith(ARTICLE + "/comments");
        assertThat(form.text()).contains("Your email address will not be published.")
                .contains("Required fields are marked *");
        for (var required : List.of("comment", "author", "email")) {
            assertThat(form.selectFirst("label[for=" + required + "]").select(".required").text()).isEqualTo("*");
            assertThat(form.getElementById(required).hasAttr("required")).as(required).isTrue();
        }
        assertThat(form.selectFirst("label[for=url]").select(".required")).isEmpty();
        assertThat(form.getElementById("url").hasAttr("required")).isFalse();
        assertThat(form.getElementById("comment").tagName()).isEqualTo("textarea");
        assertThat(form.getElementById("email").attr("type")).isEqualTo("email");
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Post comment");
    }

    @Test
    void aSectionArchiveListsItsStoriesNewestFirst() {
        var environment = articles.section("environment").orElseThrow();
        var page = site.page("/sections/environment");

        assertThat(page.title()).isEqualTo("Environment – " + SITE_TITLE);
        assertThat(page.selectFirst("main h1").text()).isEqualTo("Environment");
        assertThat(page.select("main").text()).contains(environment.description());
        assertThat(storyLinks(page)).containsExactlyElementsOf(paths(articles.inSection(environment, 1, 12).items()))
                .hasSize(8);
        assertThat(page.select("main article a[href^=/sections/]")).extracting(Element::text).containsOnly("Environment");
        assertNewestFirst(page);
        assertThat(page.select("a[rel=next], a[rel=prev]")).isEmpty();
        assertThat(site.get("/sections/environment?page=2").statusCode()).isEqualTo(404);
    }

    @Test
    void anAuthorArchiveIntroducesTheWriterAndPagesTheirStories() {
        var tomas = articles.author("tomas-reyes").orElseThrow();
        var first = site.page("/authors/tomas-reyes");
        var second = site.page("/authors/tomas-reyes?page=2");

        assertThat(first.selectFirst("main h1").text()).isEqualTo("Tomás Reyes");
        assertThat(first.select("main").text()).contains("Environment and business correspondent")
                .contains(tomas.bio());
        assertThat(storyLinks(first)).containsExactlyElementsOf(paths(articles.bylinedBy(tomas, 1, 12).items()))
                .hasSize(12);
        assertThat(storyLinks(second)).containsExactlyElementsOf(paths(articles.bylinedBy(tomas, 2, 12).items()))
                .hasSize(4);
        for (var story : first.select("main article")) {
            assertThat(story.select("a[rel=author]")).extracting(link -> link.attr("href"))
                    .contains("/authors/tomas-reyes");
        }
        assertPagination(first, 1, 2, null, "/authors/tomas-reyes?page=2");
        assertPagination(second, 2, 2, "/authors/tomas-reyes", null);
        assertThat(second.title()).isEqualTo("Tomás Reyes, page 2 – " + SITE_TITLE);
        assertThat(site.get("/authors/tomas-reyes?page=3").statusCode()).isEqualTo(404);
    }

    @Test
    void aTagArchiveListsEveryStoryWithTheTag() {
        var council = articles.tag("council").orElseThrow();
        var page = site.page("/tags/council");

        assertThat(page.selectFirst("main h1").text()).isEqualTo("council");
        assertThat(storyLinks(page)).containsExactlyElementsOf(paths(articles.taggedWith(council, 1, 12).items()))
                .hasSize(10);
        assertNewestFirst(page);
        assertThat(site.page(storyLinks(page).getFirst()).select("main article a[href=/tags/council]")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/about|About the Ledger|What we cover", "/contact|Contact the newsroom|Story tips",
            "/support|Support our journalism|no paywall" })
    void theStaticPagesAreThere(String expected) {
        var parts = expected.split("\\|");
        var page = site.page(parts[0]);

        assertThat(page.title()).isEqualTo(parts[1] + " – " + SITE_TITLE);
        assertThat(page.selectFirst("main h1").text()).isEqualTo(parts[1]);
        assertThat(page.select("main").text()).contains(parts[2]);
        assertThat(page.select("footer a[href=" + parts[0] + "]")).isNotEmpty();
    }

    @Test
    void robotsAreKeptOutOfTheAdminAndPrivateLinks() {
        var robots = site.get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/plain"));
        assertThat(robots.body()).contains("User-agent: *").contains("Disallow: /admin/");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/articles/no-such-story", "/articles/Not_A_Slug", "/sections/sport", "/tags/no-such-tag",
            "/authors/nobody", "/?page=4", "/?page=0", "/?page=-1", "/?page=10001", "/sections/local?page=2",
            "/tags/council?page=2", "/authors/tomas-reyes?page=3", "/no/such/page", "/articles/", "/media/nothing.jpg",
            "/assets/nothing.css", "/index.php", "/wp-login.php", "/.env" })
    void anAddressWithNothingBehindItIsAFriendlyNotFound(String path) {
        var response = site.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(404);
        assertThat(response.body()).contains("We could not find that page").contains(SITE_TITLE)
                .doesNotContain("Exception").doesNotContain("at news.masthead");
        assertThat(site.parse(response).select("meta[name=robots]").attr("content")).contains("noindex");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/?page=abc", "/?page=1.5", "/?page=99999999999", "/sections/local?page=abc",
            "/tags/council?page=x", "/authors/tomas-reyes?page=%20", ARTICLE + "?unapproved=abc&moderation-hash=x" })
    void aMalformedPageNumberIsABadRequest(String path) {
        var response = site.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(response.body()).contains(SITE_TITLE).doesNotContain("Exception").doesNotContain("at news.masthead");
    }

    @Test
    void pagesDescribeThemselvesToSearchEnginesAndLinkPreviews() {
        var page = site.page(ARTICLE);
        var canonical = site.base() + ARTICLE;
        var image = page.selectFirst("main figure img[fetchpriority=high]").attr("src");

        assertThat(page.title()).isEqualTo(HEADLINE + " – " + SITE_TITLE);
        assertThat(meta(page, "name", "description")).isEqualTo(STANDFIRST);
        assertThat(canonical(page)).isEqualTo(canonical);
        assertThat(meta(page, "property", "og:type")).isEqualTo("article");
        assertThat(meta(page, "property", "og:title")).isEqualTo(HEADLINE);
        assertThat(meta(page, "property", "og:description")).isEqualTo(STANDFIRST);
        assertThat(meta(page, "property", "og:url")).isEqualTo(canonical);
        assertThat(meta(page, "property", "og:site_name")).isEqualTo(SITE_TITLE);
        assertThat(meta(page, "property", "og:image")).isEqualTo(site.base() + image);
        assertThat(meta(page, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "name", "twitter:title")).isEqualTo(HEADLINE);
        assertThat(meta(page, "name", "twitter:description")).isEqualTo(STANDFIRST);
        assertThat(meta(page, "name", "twitter:image")).isEqualTo(site.base() + image);
        assertThat(page.select("meta[name=robots]")).isEmpty();

        var front = site.page("/");
        assertThat(canonical(front)).isEqualTo(site.base() + "/");
        assertThat(meta(front, "property", "og:type")).isEqualTo("website");
        assertThat(meta(front, "name", "description"))
                .isEqualTo("A reader-funded newsroom covering the council, the harbour, the river and the people of"
                        + " Port Alder since 2019.");
        assertThat(meta(front, "name", "twitter:card")).isNotBlank();
        assertThat(canonical(site.page("/sections/local"))).isEqualTo(site.base() + "/sections/local");
        assertThat(canonical(site.page("/authors/tomas-reyes?page=2")))
                .isEqualTo(site.base() + "/authors/tomas-reyes?page=2");
    }

    @Test
    void theArticleCarriesNewsArticleStructuredData() {
        var page = site.page(ARTICLE);
        var scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);

        var data = JsonMapper.builder().build().readTree(scripts.first().data());

        assertThat(data.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(data.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(data.path("headline").asString()).isEqualTo(HEADLINE);
        assertThat(data.path("description").asString()).isEqualTo(STANDFIRST);
        assertThat(data.path("mainEntityOfPage").asString()).isEqualTo(site.base() + ARTICLE);
        assertThat(data.path("image").asString()).startsWith(site.base() + "/media/saltings-seawall-survey-findings-");
        assertThat(OffsetDateTime.parse(data.path("datePublished").asString()))
                .isBefore(OffsetDateTime.parse(data.path("dateModified").asString()));
        assertThat(data.path("articleSection").asString()).isEqualTo("Environment");
        assertThat(data.path("author").valueStream().map(author -> author.path("name").asString()))
                .containsExactly("Tomás Reyes", "Mara Okafor");
        assertThat(data.path("author").get(0).path("url").asString()).isEqualTo(site.base() + "/authors/tomas-reyes");
        assertThat(data.path("publisher").path("name").asString()).isEqualTo(SITE_TITLE);
        assertThat(data.path("keywords").valueStream().map(keyword -> keyword.asString()))
                .containsExactly("flooding", "seawall", "council", "harbour");
        assertThat(data.path("wordCount").asInt()).isGreaterThan(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/?page=2", ARTICLE, "/sections/local", "/tags/council", "/authors/mara-okafor",
            "/about", "/robots.txt", "/articles/no-such-story", "/?page=abc" })
    void publicResponsesCarryProtectiveHeadersAndNoCookie(String path) {
        // Twice: the second answer may come from the page cache and must be just as safe.
        for (int attempt = 0; attempt < 2; attempt++) {
            var response = site.get(path);
            var headers = response.headers();

            var policy = headers.firstValue("Content-Security-Policy").orElseThrow();
            var scripts = directive(policy, "script-src");
            assertThat(scripts).as(policy).isNotNull().doesNotContain("'unsafe-inline'").doesNotContain("'unsafe-eval'")
                    .doesNotContain("*");
            assertThat(directive(policy, "object-src")).isEqualTo("'none'");
            var frameAncestors = directive(policy, "frame-ancestors");
            var frameOptions = headers.firstValue("X-Frame-Options").orElse("");
            assertThat(frameOptions.equalsIgnoreCase("DENY") || "'none'".equals(frameAncestors))
                    .as("framing is forbidden").isTrue();
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValueSatisfying(referrer -> assertThat(referrer)
                    .isIn("strict-origin-when-cross-origin", "strict-origin", "same-origin", "no-referrer"));
            assertThat(headers.allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void pagesOnlyRunScriptsFromTheSiteItself() {
        for (var path : List.of("/", ARTICLE, "/sections/local", "/about")) {
            var page = site.page(path);
            for (var script : page.select("script")) {
                assertThat(script.attr("type").equals("application/ld+json") || script.attr("src").startsWith("/"))
                        .as(path + ": " + script.outerHtml()).isTrue();
            }
            assertThat(page.select("[onload], [onerror], [onclick]")).isEmpty();
            assertThat(page.select("a[href^=javascript:]")).isEmpty();
        }
    }

    private static List<String> storyLinks(Document page) {
        return page.select("main article h2 > a, main article h3 > a").eachAttr("href");
    }

    private static List<String> paths(List<ArticleSummary> stories) {
        return stories.stream().map(ArticleSummary::path).toList();
    }

    private static void assertNewestFirst(Document page) {
        var times = page.select("main article time[datetime]").eachAttr("datetime").stream()
                .map(OffsetDateTime::parse).toList();
        assertThat(times).isNotEmpty().isSortedAccordingTo(Comparator.reverseOrder());
    }

    private static void assertPagination(Document page, int number, int count, String previous, String next) {
        assertThat(page.select("main").text()).contains("Page " + number + " of " + count);
        assertThat(page.select("a[rel=prev]").eachAttr("href"))
                .isEqualTo(previous == null ? List.of() : List.of(previous));
        assertThat(page.select("a[rel=next]").eachAttr("href")).isEqualTo(next == null ? List.of() : List.of(next));
    }

    private static String canonical(Document page) {
        return page.select("link[rel=canonical]").attr("href");
    }

    private static String meta(Document page, String attribute, String name) {
        var tags = page.select("meta[" + attribute + "=" + name + "]");
        assertThat(tags).as(name).hasSize(1);
        return tags.attr("content");
    }

    private static String directive(String policy, String name) {
        for (var directive : policy.split(";")) {
            var parts = directive.strip().split("\\s+", 2);
            if (parts[0].equalsIgnoreCase(name)) {
                return parts.length > 1 ? parts[1] : "";
            }
        }
        return name.endsWith("-src") && !name.equals("default-src") ? directive(policy, "default-src") : null;
    }

}
