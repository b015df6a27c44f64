package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A moderator's verdicts on the comment aggregate. */
class CommentModerationTests {

    @Test
    void aNewCommentWaits() {
        assertThat(submitted().status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void trashingAndMarkingAsSpamAreDifferentVerdicts() {
        assertThat(submitted().trash().status()).isEqualTo(CommentStatus.TRASH);
        assertThat(submitted().markSpam().status()).isEqualTo(CommentStatus.SPAM);
        assertThat(submitted().approve().trash().status()).isEqualTo(CommentStatus.TRASH);
    }

    @Test
    void aRejectedCommentCanStillBeApproved() {
        assertThat(submitted().markSpam().approve().status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(submitted().trash().markSpam().status()).isEqualTo(CommentStatus.SPAM);
    }

    private static Comment submitted() {
        return Comment.submit(7, new CommentForm("Fair point.", "Pat Lenning", "pat@example.net", ""), null, null,
                Instant.parse("2025-03-04T09:00:00Z"));
    }
}
