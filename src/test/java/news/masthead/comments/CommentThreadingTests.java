package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Where a reply lands in its thread, and what a moderator's edit leaves behind. */
class CommentThreadingTests {

    private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");

    @Test
    void aReplyNestsUnderTheCommentItAnswers() {
        var reply = comment().replyTo(new ReplyTarget(7, 1, null, 7, 0), 3);

        assertThat(reply.parentId()).isEqualTo(7);
    }

    @Test
    void aReplyToTheDeepestLevelJoinsThatLevelInsteadOfGoingDeeper() {
        var reply = comment().replyTo(new ReplyTarget(9, 1, 8L, 7, 2), 3);

        assertThat(reply.parentId()).isEqualTo(8);
    }

    @Test
    void withOneLevelOnlyEveryReplyAnswersTheTopOfItsThread() {
        var reply = comment().replyTo(new ReplyTarget(7, 1, null, 7, 0), 1);

        assertThat(reply.parentId()).isEqualTo(7);
    }

    @Test
    void anEditReplacesTheTextStripped() {
        var comment = comment();

        comment.edit("  Better words.\n", NOW);

        assertThat(comment.body()).isEqualTo("Better words.");
    }

    @Test
    void anonymisingKeepsTheWordsButNotTheWriter() {
        var comment = comment().anonymise();

        assertThat(comment.authorEmail()).isEmpty();
        assertThat(comment.body()).isEqualTo("The first words.");
        assertThat(comment.withdrawText().body()).isEqualTo(Comment.WITHDRAWN);
    }

    private static Comment comment() {
        return Comment.submit(1, new CommentForm("The first words.", "Ann", "ann@example.net", ""), "203.0.113.9",
                "Test", NOW);
    }
}
