package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassifierCheckTests {

    private final Submission comment = new Submission("Pat", "pat@example.net", "", "The ferry timetable changed again.");

    @Test
    void aCertainSpamGetsTheFullWeightAndACertainReaderHalfOfItInTheirFavour() {
        assertThat(scoreAt(0.999)).isCloseTo(10, org.assertj.core.data.Offset.offset(0.05));
        assertThat(scoreAt(0.001)).isCloseTo(-5, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void anUnsureClassifierHoldsTheCommentForAModerator() {
        assertThat(scoreAt(0.3)).isEqualTo(0.5);
        assertThat(scoreAt(0.45)).isEqualTo(0.5);
        assertThat(scoreAt(0.2)).isNegative();
    }

    @Test
    void aboutNinetyPercentIsNeededForSpamOnItsOwn() {
        var settings = ModerationSettings.defaults();

        assertThat(settings.decide(scoreAt(0.85))).isEqualTo(Decision.HOLD);
        assertThat(settings.decide(scoreAt(0.92))).isEqualTo(Decision.SPAM);
    }

    /** A classifier that knows nothing but its bias gives every comment the same probability. */
    private double scoreAt(double probability) {
        var classifier = new SpamClassifier();
        classifier.setBias((float) Math.log(probability / (1 - probability)));
        return new ClassifierCheck(classifier, 10, 0.5).check(comment).score();
    }
}
