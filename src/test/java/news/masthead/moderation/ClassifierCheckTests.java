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
    void fiveToOneIsNeededForSpamOnItsOwn() {
        var settings = ModerationSettings.defaults();

        assertThat(settings.decide(defaultScoreAt(0.80, comment))).isEqualTo(Decision.HOLD);
        assertThat(settings.decide(defaultScoreAt(0.86, comment))).isEqualTo(Decision.SPAM);
    }

    @Test
    void aCommentOfAFewWordsNeedsMoreCertainty() {
        var settings = ModerationSettings.defaults();
        var twoWords = new Submission("Pat", "pat@example.net", "", "Nice one!");
        var threeWords = new Submission("Pat", "pat@example.net", "", "Great article, thanks!");

        assertThat(defaultScoreAt(0.999, twoWords)).isCloseTo(6, org.assertj.core.data.Offset.offset(0.05));
        assertThat(settings.decide(defaultScoreAt(0.999, twoWords))).isEqualTo(Decision.HOLD);
        assertThat(settings.decide(defaultScoreAt(0.9, threeWords))).isEqualTo(Decision.HOLD);
        assertThat(settings.decide(defaultScoreAt(0.97, threeWords))).isEqualTo(Decision.SPAM);
        assertThat(defaultScoreAt(0.001, twoWords)).isCloseTo(-3, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void wordsAreCountedAsTheFeaturesSeeThem() {
        assertThat(TextFeatures.words("Nice one!")).isEqualTo(2);
        assertThat(TextFeatures.words("  Don&#39;t  stop-now <br /> 2015 ")).isEqualTo(5);
        assertThat(TextFeatures.words("!!! :)")).isZero();
    }

    /** A classifier that knows nothing but its bias gives every comment the same probability. */
    private double scoreAt(double probability) {
        return new ClassifierCheck(biased(probability), 10, 0.5).check(comment).score();
    }

    private static double defaultScoreAt(double probability, Submission submission) {
        var settings = ModerationSettings.defaults();
        return new ClassifierCheck(biased(probability), settings.classifierWeight(), settings.holdAt()).check(submission)
                .score();
    }

    private static SpamClassifier biased(double probability) {
        var classifier = new SpamClassifier();
        classifier.setBias((float) Math.log(probability / (1 - probability)));
        return classifier;
    }
}
