package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfusionTests {

    /** Eight spam (1 published, 3 held, 4 marked spam) and ten real comments (8 published, 1 held, 1 spam). */
    private static Confusion counts() {
        var confusion = new Confusion();
        add(confusion, true, Decision.PUBLISH, 1);
        add(confusion, true, Decision.HOLD, 3);
        add(confusion, true, Decision.SPAM, 3);
        add(confusion, true, Decision.DISCARD, 1);
        add(confusion, false, Decision.PUBLISH, 8);
        add(confusion, false, Decision.HOLD, 1);
        add(confusion, false, Decision.SPAM, 1);
        return confusion;
    }

    @Test
    void theSummaryCountsOnlySpamAndDiscardAsPredictedSpam() {
        assertThat(counts().summary()).isEqualTo(
                "caught=0.875 false_positive=0.100 held_ham=0.100 precision=0.800 recall=0.500 f1=0.615");
    }

    @Test
    void theWithheldFiguresCountAHeldCommentWithSpam() {
        assertThat(counts().withheldSummary()).isEqualTo("withheld: precision=0.778 recall=0.875 f1=0.824");
    }

    private static void add(Confusion confusion, boolean spam, Decision decision, int times) {
        for (int i = 0; i < times; i++) {
            confusion.add(spam, decision);
        }
    }
}
