package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpamClassifierTests {

    /** The YouTube Spam Collection, kept outside the project, next to it. */
    private static final Path YOUTUBE = Path.of("../shared/data/comment-spam/youtube-spam-collection");

    private static final List<LabelledComments.Labelled> SMALL = List.of(
            spam("Great post! Check out my site for cheap followers http://buy-followers.example.biz"),
            spam("Awesome blog, visit my page for best seo services https://seo.example.biz"),
            spam("Nice article. Earn money from home, click here http://earn.example.biz"),
            spam("Subscribe to my channel for free gift cards http://gift.example.biz"),
            ham("The council should publish the full audit before the vote."),
            ham("My street flooded twice last winter; the drains were never cleared."),
            ham("I disagree with the editorial: the bus cuts hit night workers hardest."),
            ham("Thanks for covering the school closures, nobody else did."));

    @Test
    void learnsToTellSpamFromReaders() {
        var classifier = SpamClassifier.trainOn(SMALL);

        assertThat(probability(classifier, "Visit my site for cheap seo services http://x.example.biz")).isGreaterThan(0.7);
        assertThat(probability(classifier, "The audit of the council budget should be published.")).isLessThan(0.3);
    }

    @Test
    void oneDecisionMovesTheModelAtOnce() {
        var classifier = SpamClassifier.trainOn(SMALL);
        var text = new Submission("Lena", "", "", "Crypto signals group, join today, 300% guaranteed");
        double before = classifier.probability(TextFeatures.of(text));

        classifier.learn(TextFeatures.of(text), true);

        assertThat(classifier.probability(TextFeatures.of(text))).isGreaterThan(before + 0.05);
    }

    @Test
    void featuresAreTheSameEveryTimeForStoredWeightsToStayValid() {
        var one = TextFeatures.of(new Submission("Pat", "", "https://example.org", "Hello &#39;world&#39; <br />"));

        assertThat(one.indices()).isSortedAccordingTo(Integer::compare).doesNotHaveDuplicates();
        assertThat(TextFeatures.normalise("Hello &#39;World&#39; <br />\n  again")).isEqualTo("hello 'world' again");
        assertThat(TextFeatures.of(new Submission("a", "", "", "abc")).indices())
                .containsExactly(TextFeatures.of(new Submission("a", "", "", "abc")).indices());
    }

    /**
     * Short, plain comments are what a first-time reader writes, and the shipped model once sent some
     * of them to spam. At most it may hold them for a moderator.
     */
    @Test
    void theShippedModelNeverSendsShortPlainReaderCommentsToSpam() {
        var corpus = StarterCorpus.comments();
        var domains = new DomainReputation();
        corpus.forEach(c -> domains.learn(c.submission(), c.spam()));
        var checks = SpamChecks.standard(SpamClassifier.trainOn(corpus), domains, ModerationSettings.defaults());

        for (var body : List.of("Typical council, all talk.", "Please forget me later.", "Well said.", "Nice one!",
                "Totally agree!", "What a shame.", "So true.", "This is so sad.", "Great article, thanks!",
                "Interesting read, thank you.", "Thank you for writing this.", "Lovely photos.", "I agree with Tom.",
                "Who is paying for this?", "Where can I read the full report?", "Couldn't agree more.")) {
            var verdict = checks.check(new Submission("Sam Reader", "sam@example.net", "", body));

            assertThat(verdict.decision()).as(body).isIn(Decision.PUBLISH, Decision.HOLD);
        }
    }

    @Test
    void crossValidationJudgesEveryCommentOnceWithAModelThatDidNotSeeIt() {
        var lines = new ArrayList<String>();

        var pooled = CrossValidation.folds(SMALL, 4, ModerationSettings.defaults(), lines::add);

        assertThat(pooled.spamTotal()).isEqualTo(4);
        assertThat(pooled.hamTotal()).isEqualTo(4);
        assertThat(lines).hasSize(4 + 2).last().asString().startsWith("worst:");
    }

    /** A floor, not the target: the benchmark measures the figure that matters (bench/spam/run). */
    @Test
    void trainedOnFourYoutubeVideosItCatchesTheFifthsSpam() throws IOException {
        assumeTrue(Files.isDirectory(YOUTUBE), "the YouTube Spam Collection is not next to the project");
        var training = new ArrayList<LabelledComments.Labelled>();
        var domains = new DomainReputation();
        for (var name : List.of("Youtube01-Psy.csv", "Youtube02-KatyPerry.csv", "Youtube03-LMFAO.csv",
                "Youtube04-Eminem.csv")) {
            training.addAll(LabelledComments.read(YOUTUBE.resolve(name)));
        }
        training.forEach(c -> domains.learn(c.submission(), c.spam()));
        var checks = SpamChecks.standard(SpamClassifier.trainOn(training), domains, ModerationSettings.defaults());
        var confusion = new Confusion();

        for (var comment : LabelledComments.read(YOUTUBE.resolve("Youtube05-Shakira.csv"))) {
            confusion.add(comment.spam(), checks.check(comment.submission()).decision());
        }

        assertThat(confusion.spamTotal()).isEqualTo(174);
        assertThat(confusion.f1()).isGreaterThanOrEqualTo(0.9);
        assertThat(confusion.falsePositive()).isLessThanOrEqualTo(0.05);
    }

    private static double probability(SpamClassifier classifier, String body) {
        return classifier.probability(TextFeatures.of(new Submission("Someone", "", "", body)));
    }

    private static LabelledComments.Labelled spam(String body) {
        return new LabelledComments.Labelled(new Submission("Promo", "", "", body), true);
    }

    private static LabelledComments.Labelled ham(String body) {
        return new LabelledComments.Labelled(new Submission("Reader", "", "", body), false);
    }
}
