package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/** The moderation queue as staff see it, and the verdicts that empty it. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Transactional
class CommentQueueIntegrationTests {

    private static final long ARTICLE = 51;
    private static final long OTHER_ARTICLE = 52;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws IOException {
        var folder = Files.createTempDirectory("masthead-comments-");
        folder.toFile().deleteOnExit();
        registry.add("masthead.data-dir", folder::toString);
        registry.add("management.server.port", () -> "0");
    }

    @Autowired
    CommentManagement comments;

    @Test
    void staffSeeWaitingCommentsOldestFirstWithTheAddressAndTheTextAsTyped() {
        var later = comments.importComment(ARTICLE, form("Second <b>thought</b>", "pat@example.net"),
                Instant.parse("2025-03-04T09:00:00Z"), false);
        var earlier = comments.importComment(OTHER_ARTICLE, form("First", "sam@example.net"),
                Instant.parse("2025-03-04T08:00:00Z"), false);
        comments.importComment(ARTICLE, form("Already shown", "kim@example.net"),
                Instant.parse("2025-03-04T07:00:00Z"), true);

        var pending = comments.pending(10);

        assertThat(pending).extracting(PendingComment::id).containsExactly(earlier, later);
        assertThat(pending.getLast()).satisfies(comment -> {
            assertThat(comment.articleId()).isEqualTo(ARTICLE);
            assertThat(comment.authorEmail()).isEqualTo("pat@example.net");
            assertThat(comment.text()).isEqualTo("Second <b>thought</b>");
            assertThat(comment.submittedAt()).isEqualTo(Instant.parse("2025-03-04T09:00:00Z"));
        });
        assertThat(comments.pendingCount()).isEqualTo(2);
        assertThat(comments.pending(1)).extracting(PendingComment::id).containsExactly(earlier);
    }

    @Test
    void verdictsTakeCommentsOffTheQueue() {
        var approved = comments.submit(ARTICLE, form("Good", "a@example.net"), null, null).id();
        var trashed = comments.submit(ARTICLE, form("Rude", "b@example.net"), null, null).id();
        var spam = comments.submit(ARTICLE, form("Pills", "c@example.net"), null, null).id();
        var waiting = comments.submit(ARTICLE, form("Hmm", "d@example.net"), null, null).id();

        comments.approve(approved);
        comments.trash(trashed);
        comments.markSpam(spam);

        assertThat(comments.pending(10)).extracting(PendingComment::id).containsExactly(waiting);
        assertThat(comments.pendingCount()).isEqualTo(1);
        assertThat(comments.approvedOn(ARTICLE)).extracting(PublishedComment::id).containsExactly(approved);
    }

    @Test
    void rejectingSaysWhetherItWasSpamAndWhetherReadersHadSeenIt(AssertablePublishedEvents events) {
        var spam = comments.submit(ARTICLE, form("Pills", "c@example.net"), null, null).id();
        var shown = comments.submit(ARTICLE, form("Fair point", "d@example.net"), null, null).id();
        comments.approve(shown);

        comments.markSpam(spam);
        comments.trash(shown);
        comments.trash(shown);

        assertThat(events.ofType(CommentRejected.class)).containsExactly(
                new CommentRejected(spam, ARTICLE, true, false),
                new CommentRejected(shown, ARTICLE, false, true));
        assertThat(comments.approvedOn(ARTICLE)).isEmpty();
    }

    @Test
    void verdictsOnUnknownCommentsChangeNothing(AssertablePublishedEvents events) {
        comments.trash(999_999);
        comments.markSpam(999_999);

        assertThat(events.ofType(CommentRejected.class)).isEmpty();
    }

    private static CommentForm form(String text, String email) {
        return new CommentForm(text, "Pat Lenning", email, "");
    }
}
