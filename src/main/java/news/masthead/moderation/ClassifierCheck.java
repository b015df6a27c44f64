package news.masthead.moderation;

/**
 * The learned text classifier, as points: {@code weight} for a certain spam, nothing at even
 * odds, and at most half the weight in favour of a comment it is sure is real, so that the
 * classifier alone can vouch for a reader less than it can condemn a spammer.
 */
final class ClassifierCheck implements SpamCheck {

    private final SpamClassifier classifier;
    private final double weight;

    ClassifierCheck(SpamClassifier classifier, double weight) {
        this.classifier = classifier;
        this.weight = weight;
    }

    @Override
    public String name() {
        return "classifier";
    }

    @Override
    public Reason check(Submission submission) {
        double p = classifier.probability(TextFeatures.of(submission));
        double score = p >= 0.5 ? (p - 0.5) * 2 * weight : (p - 0.5) * weight;
        return new Reason(name(), Math.round(score * 100) / 100.0,
                "the text looks " + Math.round(p * 1000) / 10.0 + "% like spam moderators have seen");
    }
}
