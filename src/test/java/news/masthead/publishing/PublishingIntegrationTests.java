package news.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** Publishing with its database; each test's changes are rolled back. Runs on H2 and PostgreSQL. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "masthead.demo.enabled=false")
@Transactional
abstract class PublishingIntegrationTests {

    private static final Instant MORNING = Instant.parse("2025-03-04T06:50:00Z");

    @Autowired
    ArticleManagement articles;

    private Section local;
    private Author mara;
    private Author tomas;

    @BeforeEach
    void newsroom() {
        local = articles.addSection("local", "Local", "Council, schools and housing.");
        articles.addSection("culture", "Culture", "Arts and food.");
        mara = articles.addAuthor("mara-okafor", "Mara Okafor", "Senior reporter", "Covers the council.");
        tomas = articles.addAuthor("tomas-reyes", "Tomás Reyes", "Correspondent", "Writes about the estuary.");
    }

    @Test
    void aDraftIsInvisibleUntilPublished() {
        var id = articles.draft(story("storm-floods", "local", List.of("mara-okafor"), List.of("storm")));

        assertThat(articles.findPublished("storm-floods")).isEmpty();
        assertThat(articles.latest(1, 10).total()).isZero();
        assertThat(articles.inSection(local, 1, 10).items()).isEmpty();

        articles.publish(id, MORNING);

        assertThat(articles.findPublished("storm-floods")).isPresent();
        assertThat(articles.latest(1, 10).items()).extracting(ArticleSummary::slug).containsExactly("storm-floods");
    }

    @Test
    void readersGetEverythingTheNewsroomWrote() {
        var image = new FeaturedImage("/media/storm-1a2b3c4d5e.jpg", "Floodwater in Chandlers Row", "High tide.",
                "Nell Garrow", 1200, 675);
        var id = articles.draft(new NewArticle("storm-floods", "Storm floods Lower Town", "Forty households moved.",
                "The water *arrived* at 4am.\n\n> \"It came up through the drains.\"", "local",
                List.of("tomas-reyes", "mara-okafor"), List.of("Storm", "Flooding", "storm"), image));
        articles.publish(id, MORNING);

        var article = articles.findPublished("storm-floods").orElseThrow();

        assertThat(article.id()).isEqualTo(id);
        assertThat(article.headline()).isEqualTo("Storm floods Lower Town");
        assertThat(article.standfirst()).isEqualTo("Forty households moved.");
        assertThat(article.bodyHtml()).contains("<em>arrived</em>").contains("<blockquote>");
        assertThat(article.section()).isEqualTo(local);
        assertThat(article.authors()).containsExactly(tomas, mara);
        assertThat(article.tags()).extracting(Tag::slug).containsExactly("storm", "flooding");
        assertThat(article.publishedAt()).isEqualTo(MORNING);
        assertThat(article.updatedAt()).isEqualTo(MORNING);
        assertThat(article.wasUpdated()).isFalse();
        assertThat(article.image()).isEqualTo(image);
        assertThat(article.path()).isEqualTo("/articles/storm-floods");
    }

    @Test
    void theBodyIsSanitizedWhenStored() {
        var id = articles.draft(new NewArticle("xss", "Headline", "", "<script>alert(1)</script>\n\n[x](javascript:alert(2))",
                "local", List.of("mara-okafor"), List.of(), null));
        articles.publish(id, MORNING);

        var body = articles.findPublished("xss").orElseThrow().bodyHtml();

        assertThat(body).doesNotContain("<script").doesNotContain("javascript:").contains("&lt;script&gt;");
    }

    @Test
    void publishingAnnouncesTheArticle(AssertablePublishedEvents events) {
        var id = articles.draft(story("storm-floods", "local", List.of("mara-okafor", "tomas-reyes"),
                List.of("storm", "ferry")));
        var storm = articles.tag("storm").orElseThrow();
        var ferry = articles.tag("ferry").orElseThrow();

        articles.publish(id, MORNING);

        assertThat(events.ofType(ArticlePublished.class)).containsExactly(new ArticlePublished(id, "storm-floods",
                local.id(), List.of(mara.id(), tomas.id()), List.of(storm.id(), ferry.id()), MORNING));
    }

    @Test
    void anArticleIsPublishedOnlyOnce(AssertablePublishedEvents events) {
        var id = articles.draft(story("storm-floods", "local", List.of("mara-okafor"), List.of()));
        articles.publish(id, MORNING);

        assertThatIllegalStateException().isThrownBy(() -> articles.publish(id, MORNING.plusSeconds(3600)));

        assertThat(events.ofType(ArticlePublished.class)).hasSize(1);
        assertThat(articles.findPublished("storm-floods").orElseThrow().publishedAt()).isEqualTo(MORNING);
    }

    @Test
    void anUpdateIsShownWithItsTime(AssertablePublishedEvents events) {
        var id = articles.draft(story("storm-floods", "local", List.of("mara-okafor"), List.of()));
        articles.publish(id, MORNING);

        articles.markUpdated(id, MORNING.plus(Duration.ofHours(3)));

        var article = articles.findPublished("storm-floods").orElseThrow();
        assertThat(article.publishedAt()).isEqualTo(MORNING);
        assertThat(article.updatedAt()).isEqualTo(MORNING.plus(Duration.ofHours(3)));
        assertThat(article.wasUpdated()).isTrue();
        assertThat(events.ofType(ArticleUpdated.class).matchingValue(ArticleUpdated::articleId, id)).hasSize(1);
    }

    @Test
    void onlyPublishedArticlesAreListed() {
        publish("live", "local", List.of("mara-okafor"), List.of("council"), MORNING);
        articles.draft(story("draft", "local", List.of("mara-okafor"), List.of("council")));
        var withdrawn = publish("withdrawn", "local", List.of("mara-okafor"), List.of("council"), MORNING);
        articles.withdraw(withdrawn);

        var council = articles.tag("council").orElseThrow();
        assertThat(articles.latest(1, 10).items()).extracting(ArticleSummary::slug).containsExactly("live");
        assertThat(articles.latest(1, 10).total()).isEqualTo(1);
        assertThat(articles.inSection(local, 1, 10).total()).isEqualTo(1);
        assertThat(articles.taggedWith(council, 1, 10).total()).isEqualTo(1);
        assertThat(articles.bylinedBy(mara, 1, 10).total()).isEqualTo(1);
        assertThat(articles.findPublished("draft")).isEmpty();
        assertThat(articles.findPublished("withdrawn")).isEmpty();
    }

    @Test
    void listsAreNewestFirstAndPaged() {
        for (int day : new int[] { 3, 1, 5, 2, 4 }) {
            publish("day-" + day, "local", List.of("mara-okafor"), List.of(), MORNING.plus(Duration.ofDays(day)));
        }

        var first = articles.latest(1, 2);
        var second = articles.latest(2, 2);
        var last = articles.latest(3, 2);

        assertThat(first.items()).extracting(ArticleSummary::slug).containsExactly("day-5", "day-4");
        assertThat(second.items()).extracting(ArticleSummary::slug).containsExactly("day-3", "day-2");
        assertThat(last.items()).extracting(ArticleSummary::slug).containsExactly("day-1");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(articles.latest(4, 2).isEmpty()).isTrue();
        assertThat(articles.latest(4, 2).total()).isEqualTo(5);
    }

    @Test
    void storiesPublishedAtTheSameMomentKeepAStableOrder() {
        var older = publish("first-in", "local", List.of("mara-okafor"), List.of(), MORNING);
        var newer = publish("second-in", "local", List.of("mara-okafor"), List.of(), MORNING);

        assertThat(newer).isGreaterThan(older);
        assertThat(articles.latest(1, 10).items()).extracting(ArticleSummary::slug)
                .containsExactly("second-in", "first-in");
    }

    @Test
    void archivesFilterBySectionTagAndAuthor() {
        publish("council-budget", "local", List.of("mara-okafor"), List.of("council", "budget"), MORNING);
        publish("net-loft-review", "culture", List.of("tomas-reyes"), List.of("food"), MORNING.plusSeconds(60));
        publish("harbour-jobs", "local", List.of("tomas-reyes", "mara-okafor"), List.of("council"),
                MORNING.plusSeconds(120));
        var council = articles.tag("council").orElseThrow();
        var culture = articles.section("culture").orElseThrow();

        assertThat(slugs(articles.inSection(local, 1, 10))).containsExactly("harbour-jobs", "council-budget");
        assertThat(slugs(articles.inSection(culture, 1, 10))).containsExactly("net-loft-review");
        assertThat(slugs(articles.taggedWith(council, 1, 10))).containsExactly("harbour-jobs", "council-budget");
        assertThat(slugs(articles.bylinedBy(tomas, 1, 10))).containsExactly("harbour-jobs", "net-loft-review");
        assertThat(slugs(articles.bylinedBy(mara, 1, 1))).containsExactly("harbour-jobs");
        assertThat(articles.bylinedBy(mara, 1, 1).total()).isEqualTo(2);
        assertThat(articles.latest(1, 10).items().getFirst().authors()).containsExactly(tomas, mara);
    }

    @Test
    void tagsAreMadeOnFirstUseAndShared() {
        publish("one", "local", List.of("mara-okafor"), List.of("Harbour Works"), MORNING);
        publish("two", "culture", List.of("mara-okafor"), List.of("harbour works "), MORNING);

        var tag = articles.tag("harbour-works").orElseThrow();

        assertThat(tag.name()).isEqualTo("Harbour Works");
        assertThat(tag.path()).isEqualTo("/tags/harbour-works");
        assertThat(articles.taggedWith(tag, 1, 10).total()).isEqualTo(2);
    }

    @Test
    void looksUpSectionsAuthorsAndTagsBySlug() {
        assertThat(articles.sections()).extracting(Section::slug).containsExactly("local", "culture");
        assertThat(articles.section("local")).contains(local);
        assertThat(articles.author("tomas-reyes")).contains(tomas);
        assertThat(articles.section("sport")).isEmpty();
        assertThat(articles.author("nobody")).isEmpty();
        assertThat(articles.tag("nothing")).isEmpty();
        assertThat(articles.author("../etc/passwd")).isEmpty();
        assertThat(articles.tag("Not A Slug")).isEmpty();
        assertThat(articles.findPublished("<script>")).isEmpty();
        assertThat(articles.isEmpty()).isFalse();
    }

    @Test
    void refusesArticlesItCannotFileProperly() {
        publish("taken", "local", List.of("mara-okafor"), List.of(), MORNING);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> articles.draft(story("taken", "local", List.of("mara-okafor"), List.of())));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> articles.draft(story("Bad Slug", "local", List.of("mara-okafor"), List.of())));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> articles.draft(story("no-section", "sport", List.of("mara-okafor"), List.of())));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> articles.draft(story("no-author", "local", List.of("nobody"), List.of())));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> articles.draft(story("no-byline", "local", List.of(), List.of())));
    }

    private long publish(String slug, String section, List<String> authors, List<String> tags, Instant at) {
        var id = articles.draft(story(slug, section, authors, tags));
        articles.publish(id, at);
        return id;
    }

    private static NewArticle story(String slug, String section, List<String> authors, List<String> tags) {
        return new NewArticle(slug, "Headline of " + slug, "Standfirst of " + slug, "Body of " + slug + ".", section,
                authors, tags, null);
    }

    private static List<String> slugs(ArticleList list) {
        return list.items().stream().map(ArticleSummary::slug).toList();
    }
}
