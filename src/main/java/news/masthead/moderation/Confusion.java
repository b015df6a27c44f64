package news.masthead.moderation;

import java.util.Locale;

/**
 * Counts of decisions for spam and for real comments, and the figures the evaluation reports.
 * Precision, recall and f1 are for the spam class, counting SPAM and DISCARD as predicted spam;
 * a held comment is neither.
 */
final class Confusion {

    private final int[] spam = new int[Decision.values().length];
    private final int[] ham = new int[Decision.values().length];

    void add(boolean isSpam, Decision decision) {
        (isSpam ? spam : ham)[decision.ordinal()]++;
    }

    /** Adds another evaluation's counts, to pool folds. */
    void addAll(Confusion other) {
        for (int i = 0; i < spam.length; i++) {
            spam[i] += other.spam[i];
            ham[i] += other.ham[i];
        }
    }

    int spamTotal() {
        return sum(spam);
    }

    int hamTotal() {
        return sum(ham);
    }

    /** Share of spam not published. */
    double caught() {
        return share(spamTotal() - spam[Decision.PUBLISH.ordinal()], spamTotal());
    }

    /** Share of real comments marked spam or discarded. */
    double falsePositive() {
        return share(flagged(ham), hamTotal());
    }

    /** Share of real comments held for a moderator. */
    double heldHam() {
        return share(ham[Decision.HOLD.ordinal()], hamTotal());
    }

    double precision() {
        return share(flagged(spam), flagged(spam) + flagged(ham));
    }

    double recall() {
        return share(flagged(spam), spamTotal());
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * The same figures for the publish-or-withhold decision alone: a held comment counts with spam
     * and discard as withheld, so recall is {@link #caught()} and held real comments cost precision.
     */
    String withheldSummary() {
        int spamWithheld = spamTotal() - spam[Decision.PUBLISH.ordinal()];
        int hamWithheld = hamTotal() - ham[Decision.PUBLISH.ordinal()];
        double p = share(spamWithheld, spamWithheld + hamWithheld);
        double r = caught();
        return String.format(Locale.ROOT, "withheld: precision=%.3f recall=%.3f f1=%.3f", p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    String table() {
        var out = new StringBuilder(String.format(Locale.ROOT, "%-8s %8s %8s %8s %8s%n", "", "publish", "hold",
                "spam", "discard"));
        out.append(row("spam", spam)).append(row("ham", ham));
        return out.toString();
    }

    String summary() {
        return String.format(Locale.ROOT, "caught=%.3f false_positive=%.3f held_ham=%.3f precision=%.3f recall=%.3f f1=%.3f",
                caught(), falsePositive(), heldHam(), precision(), recall(), f1());
    }

    private static String row(String label, int[] counts) {
        return String.format(Locale.ROOT, "%-8s %8d %8d %8d %8d%n", label, counts[0], counts[1], counts[2], counts[3]);
    }

    private static int flagged(int[] counts) {
        return counts[Decision.SPAM.ordinal()] + counts[Decision.DISCARD.ordinal()];
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
