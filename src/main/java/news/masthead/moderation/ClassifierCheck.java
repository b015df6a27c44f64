package news.masthead.moderation;

/**
 * The learned text classifier, as points: {@code weight} for a certain spam, nothing at even
 * odds, and at most half the weight in favour of a comment it is sure is real, so that the
 * classifier alone can vouch for a reader less than it can condemn a spammer.
 *
 * <p>Between {@link #HOLD_FROM} and even odds the classifier is unsure rather than reassured, and
 * gives just enough points to hold the comment for a moderator ({@code holdAt}) unless another
 * check speaks for it: a held comment is never lost, and spam that merely looks half-plausible
 * should not be published unread. The level was chosen by cross-validating the shipped corpus,
 * where it holds about one real comment in twelve and lets through about one spam in forty.
 *
 * <p>A comment of fewer than {@link #FULL_EVIDENCE_WORDS} words gives proportionally fewer points
 * either way. "Nice one!" and "Great article, thanks!" are what readers write and what bots write;
 * two or three words tell them apart far less surely than a paragraph. On its own the classifier
 * can hold a comment of two words but not condemn it, and needs 95% to condemn one of three.
 */
final class ClassifierCheck implements SpamCheck {

    static final double HOLD_FROM = 0.25;
    static final int FULL_EVIDENCE_WORDS = 4;

    private final SpamClassifier classifier;
    private final double weight;
    private final double holdAt;

    ClassifierCheck(SpamClassifier classifier, double weight, double holdAt) {
        this.classifier = classifier;
        this.weight = weight;
        this.holdAt = holdAt;
    }

    @Override
    public String name() {
        return "classifier";
    }

    @Override
    public Reason check(Submission submission) {
        double p = classifier.probability(TextFeatures.of(submission));
        double points = weight * Math.min(1, TextFeatures.words(submission.body()) / (double) FULL_EVIDENCE_WORDS);
        double score = p >= 0.5 ? (p - 0.5) * 2 * points : (p - 0.5) * points;
        if (p >= HOLD_FROM) {
            score = Math.max(score, holdAt);
        }
        return new Reason(name(), Math.round(score * 100) / 100.0,
                "the text looks " + Math.round(p * 1000) / 10.0 + "% like spam moderators have seen");
    }
}
