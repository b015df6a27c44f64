package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A new comment takes the status its screening gave it, and keeps the reasons for moderators. */
class CommentScreeningTests {

    private final CommentCandidate candidate = new CommentCandidate(7, "Pat Lenning", "pat@example.net", null,
            "Fair point about the ferry.", "203.0.113.9", "Mozilla/5.0", Map.of("website-2", ""),
            Instant.parse("2026-11-27T10:00:00Z"));

    @Test
    void eachVerdictGivesItsStatus() {
        assertThat(Comment.screened(candidate, screening(ScreeningVerdict.PUBLISH)).status())
                .isEqualTo(CommentStatus.APPROVED);
        assertThat(Comment.screened(candidate, screening(ScreeningVerdict.HOLD)).status())
                .isEqualTo(CommentStatus.PENDING);
        assertThat(Comment.screened(candidate, screening(ScreeningVerdict.SPAM)).status())
                .isEqualTo(CommentStatus.SPAM);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Comment.screened(candidate, screening(ScreeningVerdict.DISCARD)));
    }

    @Test
    void reasonsSurviveStorageEvenWithTabsAndLineBreaksInThem() {
        var reasons = List.of(new ScreeningReason("links", 1.5, "Two links\tin a\nshort comment"),
                new ScreeningReason("classifier", -0.25, "Reads like discussion"));
        var kept = Comment.screened(candidate, new Screening(ScreeningVerdict.HOLD, 1.25, reasons)).screening();

        assertThat(kept).isNotNull();
        assertThat(kept.verdict()).isEqualTo(ScreeningVerdict.HOLD);
        assertThat(kept.score()).isEqualTo(1.25);
        assertThat(kept.reasons()).containsExactly(new ScreeningReason("links", 1.5, "Two links in a short comment"),
                new ScreeningReason("classifier", -0.25, "Reads like discussion"));
    }

    private static Screening screening(ScreeningVerdict verdict) {
        return new Screening(verdict, 0, List.of());
    }
}
