package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpamChecksTests {

    private final ModerationSettings settings = ModerationSettings.defaults();
    private final Submission submission = new Submission("Pat", "pat@example.net", "", "Good piece.");

    @Test
    void theTotalDecides() {
        assertThat(verdict(0).decision()).isEqualTo(Decision.PUBLISH);
        assertThat(verdict(settings.holdAt()).decision()).isEqualTo(Decision.HOLD);
        assertThat(verdict(settings.spamAt()).decision()).isEqualTo(Decision.SPAM);
        assertThat(verdict(settings.discardAt()).decision()).isEqualTo(Decision.DISCARD);
    }

    @Test
    void scoresAddUpAndEveryReasonThatCountedIsKept() {
        var verdict = new SpamChecks(List.of(fixed("a", 1.5), fixed("b", 0), fixed("c", 2)), settings)
                .check(submission);

        assertThat(verdict.score()).isEqualTo(3.5);
        assertThat(verdict.reasons()).extracting(Reason::check).containsExactly("a", "c");
    }

    @Test
    void aCheckThatFailsIsASignalAndTheOthersStillRun() {
        SpamCheck broken = new SpamCheck() {
            @Override
            public String name() {
                return "reputation";
            }

            @Override
            public Reason check(Submission submission) {
                throw new IllegalStateException("service down");
            }
        };

        var verdict = new SpamChecks(List.of(broken, fixed("after", 2)), settings).check(submission);

        assertThat(verdict.reasons()).containsExactly(
                new Reason("reputation", settings.couldNotRunScore(), "could not run: service down"),
                new Reason("after", 2, "fixed"));
        assertThat(verdict.score()).isEqualTo(2 + settings.couldNotRunScore());
    }

    private Verdict verdict(double score) {
        return new SpamChecks(List.of(fixed("fixed", score)), settings).check(submission);
    }

    private static SpamCheck fixed(String name, double score) {
        return new SpamCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reason check(Submission submission) {
                return new Reason(name, score, "fixed");
            }
        };
    }
}
