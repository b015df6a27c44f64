package news.masthead.moderation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * How the classifier is developed without looking at the test sets: each data set in turn is
 * judged by a model trained on the others, or the comments are split into folds and each fold is
 * judged by a model trained on the rest. Every figure comes from comments the model did not see.
 */
final class CrossValidation {

    private static final long SEED = 20261127L;

    private CrossValidation() {
    }

    /** A fresh engine trained on {@code training} (classifier and learned domains), judging {@code tested}. */
    static Confusion evaluate(List<LabelledComments.Labelled> training, List<LabelledComments.Labelled> tested,
            ModerationSettings settings) {
        var domains = new DomainReputation();
        training.forEach(c -> domains.learn(c.submission(), c.spam()));
        var checks = SpamChecks.standard(SpamClassifier.trainOn(training), domains, settings);
        var confusion = new Confusion();
        for (var comment : tested) {
            confusion.add(comment.spam(), checks.check(comment.submission()).decision());
        }
        return confusion;
    }

    /**
     * Each set judged after training on the others plus {@code always}; prints a line per set, the
     * mean and the worst, and returns the pooled counts.
     */
    static Confusion leaveOneOut(List<String> names, List<List<LabelledComments.Labelled>> sets,
            List<LabelledComments.Labelled> always, ModerationSettings settings, Consumer<String> out) {
        var results = new ArrayList<Confusion>();
        var pooled = new Confusion();
        for (int i = 0; i < sets.size(); i++) {
            var training = new ArrayList<>(always);
            for (int j = 0; j < sets.size(); j++) {
                if (j != i) {
                    training.addAll(sets.get(j));
                }
            }
            var confusion = evaluate(training, sets.get(i), settings);
            out.accept("left out " + names.get(i) + ": " + confusion.summary());
            results.add(confusion);
            pooled.addAll(confusion);
        }
        report(results, out);
        return pooled;
    }

    /** {@code k} folds of the comments, split in a fixed random order with spam and ham spread evenly. */
    static Confusion folds(List<LabelledComments.Labelled> comments, int k, ModerationSettings settings,
            Consumer<String> out) {
        var spam = new ArrayList<LabelledComments.Labelled>();
        var ham = new ArrayList<LabelledComments.Labelled>();
        comments.forEach(c -> (c.spam() ? spam : ham).add(c));
        var random = new Random(SEED);
        Collections.shuffle(spam, random);
        Collections.shuffle(ham, random);
        var folds = new ArrayList<List<LabelledComments.Labelled>>();
        var names = new ArrayList<String>();
        for (int f = 0; f < k; f++) {
            folds.add(new ArrayList<>());
            names.add("fold " + (f + 1));
        }
        for (int i = 0; i < spam.size(); i++) {
            folds.get(i % k).add(spam.get(i));
        }
        for (int i = 0; i < ham.size(); i++) {
            folds.get(i % k).add(ham.get(i));
        }
        return leaveOneOut(names, folds, List.of(), settings, out);
    }

    private static void report(List<Confusion> results, Consumer<String> out) {
        double f1 = 0;
        double caught = 0;
        double falsePositive = 0;
        double held = 0;
        double worstF1 = 1;
        double worstCaught = 1;
        double worstFalsePositive = 0;
        double worstHeld = 0;
        for (var c : results) {
            f1 += c.f1() / results.size();
            caught += c.caught() / results.size();
            falsePositive += c.falsePositive() / results.size();
            held += c.heldHam() / results.size();
            worstF1 = Math.min(worstF1, c.f1());
            worstCaught = Math.min(worstCaught, c.caught());
            worstFalsePositive = Math.max(worstFalsePositive, c.falsePositive());
            worstHeld = Math.max(worstHeld, c.heldHam());
        }
        out.accept(String.format(Locale.ROOT, "mean:  caught=%.3f false_positive=%.3f held_ham=%.3f f1=%.3f", caught,
                falsePositive, held, f1));
        out.accept(String.format(Locale.ROOT, "worst: caught=%.3f false_positive=%.3f held_ham=%.3f f1=%.3f",
                worstCaught, worstFalsePositive, worstHeld, worstF1));
    }
}
