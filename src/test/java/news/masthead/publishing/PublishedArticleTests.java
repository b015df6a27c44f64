package news.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PublishedArticleTests {

    private static final Instant PUBLISHED = Instant.parse("2025-03-04T06:50:00Z");

    @Test
    void livesUnderArticlesBySlug() {
        assertThat(article("<p>Text</p>", PUBLISHED).path()).isEqualTo("/articles/storm-floods");
        assertThat(PublishedArticle.pathOf("a-b")).isEqualTo("/articles/a-b");
    }

    @Test
    void countsAsUpdatedOnlyWhenChangedMoreThanFiveMinutesAfterPublication() {
        assertThat(article("", PUBLISHED).wasUpdated()).isFalse();
        assertThat(article("", PUBLISHED.plus(Duration.ofMinutes(5))).wasUpdated()).isFalse();
        assertThat(article("", PUBLISHED.plus(Duration.ofMinutes(5)).plusSeconds(1)).wasUpdated()).isTrue();
        assertThat(article("", PUBLISHED.plus(Duration.ofHours(3))).wasUpdated()).isTrue();
    }

    @Test
    void countsTheWordsReadersSeeNotTheMarkup() {
        var body = "<p>The <em>water</em> arrived<br>shortly after 4am.</p>\n<blockquote><p>It came up"
                + " through the drains.</p></blockquote><figure><img src=\"/media/x.jpg\" alt=\"A flooded street\">"
                + "</figure>";

        assertThat(article(body, PUBLISHED).wordCount()).isEqualTo(12);
        assertThat(article("", PUBLISHED).wordCount()).isZero();
        assertThat(article("<p> </p>", PUBLISHED).wordCount()).isZero();
    }

    private static PublishedArticle article(String body, Instant updatedAt) {
        var section = new Section(1, "local", "Local", "");
        var author = new Author(1, "mara-okafor", "Mara Okafor", "Senior reporter", "");
        return new PublishedArticle(7, "storm-floods", "Storm floods", "Standfirst", body, section, List.of(author),
                List.of(new Tag(1, "storm", "storm")), PUBLISHED, updatedAt, null);
    }
}
