package news.masthead.feeds.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.module.DCModule;

/** The three writers on hand-made feeds: the awkward characters, whole stories, and no stories at all. */
class FeedWritersTests {

    private static final String BASE = "https://news.example.org";
    private static final Instant PUBLISHED = Instant.parse("2026-11-20T08:30:00Z");
    private static final Instant UPDATED = Instant.parse("2026-11-21T09:45:12.345Z");

    private static Feed feed(List<Feed.Item> items) {
        return new Feed("tag:news.example.org,2026:feed:/", "Ledger & Co – <News>", "Stories \"quoted\" & more",
                BASE + "/", BASE + "/", "Ledger & Co", items, List.of("site", "feeds"));
    }

    private static Feed.Item story(String contentHtml) {
        return new Feed.Item("tag:news.example.org,2026:article:7", "Rates rise 5% – council’s “hard choice” 🏛",
                BASE + "/articles/rates-rise", PUBLISHED, UPDATED,
                List.of(new Feed.Person("Ingrid Vale", BASE + "/authors/ingrid-vale"), new Feed.Person("Tomás Reyes", null)),
                List.of("Local", "Council"), "A <b>summary</b> & more", contentHtml,
                new Feed.Enclosure(BASE + "/media/rates-abc.jpg", "image/jpeg", 48213));
    }

    @Test
    void rssCarriesSummaryWholeStoryBylinesAndEnclosure() {
        var body = AbsoluteLinks.in("<p>See <a href=\"/articles/budget\">the budget</a>.</p><img src=\"/media/x.jpg\" alt=\"\">",
                BASE);
        var channel = FeedValidation.rss(RssWriter.write(feed(List.of(story(body)))));

        assertThat(channel.getTitle()).isEqualTo("Ledger & Co – <News>");
        var item = channel.getItems().getFirst();
        assertThat(item.getTitle()).isEqualTo("Rates rise 5% – council’s “hard choice” 🏛");
        assertThat(item.getDescription().getValue()).isEqualTo("A <b>summary</b> & more");
        assertThat(item.getContent().getValue()).contains("href=\"" + BASE + "/articles/budget\"")
                .contains("src=\"" + BASE + "/media/x.jpg\"");
        assertThat(((DCModule) item.getModule(DCModule.URI)).getCreators()).containsExactly("Ingrid Vale", "Tomás Reyes");
        assertThat(item.getEnclosures().getFirst().getLength()).isEqualTo(48213);
        assertThat(item.getPubDate().toInstant()).isEqualTo(PUBLISHED);
        assertThat(channel.getLastBuildDate().toInstant()).isEqualTo(UPDATED.minusMillis(345));
    }

    @Test
    void atomCarriesIdsDatesAuthorsAndContent() {
        var atom = FeedValidation.atom(AtomWriter.write(feed(List.of(story("<p>Whole story.</p>")))));

        assertThat(atom.getId()).isEqualTo("tag:news.example.org,2026:feed:/");
        var entry = atom.getEntries().getFirst();
        assertThat(entry.getId()).isEqualTo("tag:news.example.org,2026:article:7");
        assertThat(entry.getPublished().toInstant()).isEqualTo(PUBLISHED);
        assertThat(entry.getAuthors()).extracting(person -> person.getName()).containsExactly("Ingrid Vale", "Tomás Reyes");
        assertThat(entry.getContents().getFirst().getValue()).isEqualTo("<p>Whole story.</p>");
        assertThat(entry.getSummary().getValue()).isEqualTo("A <b>summary</b> & more");
        assertThat(entry.getCategories()).extracting(category -> category.getTerm()).containsExactly("Local", "Council");
    }

    @Test
    void jsonFeedIsValidWithWholeStoriesWithSummariesAndEmpty() {
        assertThat(FeedValidation.jsonFeedProblems(JsonFeedWriter.write(feed(List.of(story("<p>Whole.</p>"))))))
                .isEmpty();
        var summaries = JsonFeedWriter.write(feed(List.of(story(null))));
        assertThat(FeedValidation.jsonFeedProblems(summaries)).isEmpty();
        assertThat(summaries).contains("\"content_text\":\"A <b>summary</b> & more\"").doesNotContain("content_html")
                .contains("\"date_modified\":\"2026-11-21T09:45:12Z\"");
        assertThat(FeedValidation.jsonFeedProblems(JsonFeedWriter.write(feed(List.of())))).isEmpty();
    }

    @Test
    void anEmptyFeedIsStillValidAndDatesFromTheEpoch() {
        var empty = feed(List.of());
        assertThat(FeedValidation.rss(RssWriter.write(empty)).getItems()).isEmpty();
        assertThat(FeedValidation.atom(AtomWriter.write(empty)).getUpdated().toInstant()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void theSameFeedIsWrittenToTheSameBytes() {
        var feed = feed(List.of(story("<p>Whole.</p>")));
        assertThat(RssWriter.write(feed)).isEqualTo(RssWriter.write(feed));
        assertThat(JsonFeedWriter.write(feed)).isEqualTo(JsonFeedWriter.write(feed));
    }
}
