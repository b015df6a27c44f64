package news.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.masthead.publishing.ArticleContent.ArticleAuthor;
import news.masthead.publishing.ArticleContent.ArticleTag;

/**
 * The aggregate's own rules. Publishing announces the article by its id, which only storage
 * assigns, so the events and the "only once" rule are covered with the database in
 * {@link PublishingIntegrationTests}.
 */
class ArticleTests {

    private static final Instant NOW = Instant.parse("2025-03-04T06:50:00Z");

    @Test
    void startsAsADraft() {
        assertThat(draft().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void needsAByline() {
        assertThatIllegalArgumentException().isThrownBy(() -> Article.draft("storm", "Storm", "", "<p>Text</p>", 1,
                List.of(), List.of(), null));
    }

    @Test
    void cannotBePublishedBeforeItIsStored() {
        var draft = draft();

        assertThatIllegalStateException().isThrownBy(() -> draft.publish(NOW));
    }

    @Test
    void aDraftCannotBeMarkedUpdated() {
        var draft = draft();

        assertThatIllegalStateException().isThrownBy(() -> draft.markUpdated(NOW));
        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    private static Article draft() {
        return Article.draft("storm", "Storm", "Standfirst", "<p>Text</p>", 1, List.of(new ArticleAuthor(1)),
                List.of(new ArticleTag(2)), null);
    }
}
