package news.masthead.moderation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Logistic regression over hashed text features: trained in a batch to convergence, then moved by
 * one gradient step per moderator decision.
 *
 * <p>Written here rather than taken from a library because of what moderation needs: every
 * moderator decision must change the model at once, and the model must live in the database so
 * that every node uses the same one. The well-kept Java options fit neither: OpenNLP's maxent and
 * naive Bayes trainers, Weka and Smile build a model in one batch from all the data and keep it
 * in their own serialised formats, so one decision would mean retraining and storing the whole
 * model again. A single gradient step on a sparse vector changes only the weights of the features
 * that comment has (a few hundred out of a million), which is what the store writes and what other
 * nodes read back.
 *
 * <p>The batch training ({@link #train}) averages two models over the same features: a plain
 * L2-regularised logistic regression, and one trained on features scaled by how much more often
 * they occur in spam than in real comments or the reverse (their naive Bayes log-count ratio, the
 * idea of Wang and Manning's NBSVM). Both are linear, so their average is one set of weights,
 * stored and updated like any other. Each is trained with per-feature AdaGrad rates over many
 * passes, so that rare n-grams learn as well as common ones and the probabilities settle instead
 * of depending on the order of the last pass.
 *
 * <p>Reads are not locked: a check racing with a learning step may see some weights before the
 * step and some after, which moves a probability by a hair and is not worth a lock on every check.
 */
final class SpamClassifier {

    private static final int PASSES = 50;
    private static final double RATE = 0.1;
    private static final double L2 = 1e-5;
    private static final double SMOOTHING = 1;
    private static final double ONLINE_RATE = 0.4;
    private static final double DECAY = 1e-6;

    private final float[] weights = new float[TextFeatures.DIMENSION];
    private volatile float bias;

    record Example(TextFeatures.Vector features, boolean spam) {

        static Example of(Submission submission, boolean spam) {
            return new Example(TextFeatures.of(submission), spam);
        }
    }

    /** The probability that the submission is spam. */
    double probability(TextFeatures.Vector x) {
        double z = bias;
        var indices = x.indices();
        var values = x.values();
        for (int i = 0; i < indices.length; i++) {
            z += weights[indices[i]] * values[i];
        }
        return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
    }

    /** One step towards the moderator's label; the weights changed are those of {@code x.indices()}. */
    synchronized void learn(TextFeatures.Vector x, boolean spam) {
        step(x, spam, ONLINE_RATE);
    }


    /** A fresh model from labelled examples: the average of the plain and the ratio-scaled model. */
    static SpamClassifier train(List<Example> examples) {
        var plain = fit(examples, null);
        var ratios = ratios(examples);
        var scaled = fit(examples, ratios);
        for (int i = 0; i < plain.weights.length; i++) {
            plain.weights[i] = (plain.weights[i] + scaled.weights[i] * ratios[i]) / 2;
        }
        plain.bias = (plain.bias + scaled.bias) / 2;
        return plain;
    }

    /**
     * Per-feature AdaGrad on the log loss with L2, over shuffled passes in a fixed order; each value
     * is multiplied by its feature's scale when {@code scales} is given.
     */
    private static SpamClassifier fit(List<Example> examples, float[] scales) {
        var model = new SpamClassifier();
        var order = new ArrayList<Example>(examples.size());
        for (var example : examples) {
            order.add(scales == null ? example : new Example(scaled(example.features(), scales), example.spam()));
        }
        var random = new Random(20260101L);
        var squares = new float[TextFeatures.DIMENSION];
        double biasSquares = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            Collections.shuffle(order, random);
            for (var example : order) {
                var x = example.features();
                double error = model.probability(x) - (example.spam() ? 1 : 0);
                var indices = x.indices();
                var values = x.values();
                for (int i = 0; i < indices.length; i++) {
                    int at = indices[i];
                    double g = error * values[i] + L2 * model.weights[at];
                    squares[at] += (float) (g * g);
                    model.weights[at] -= (float) (RATE * g / (1e-6 + Math.sqrt(squares[at])));
                }
                biasSquares += error * error;
                model.bias -= (float) (RATE * error / (1e-6 + Math.sqrt(biasSquares)));
            }
        }
        return model;
    }

    /** The size of each feature's log ratio of its share of spam to its share of real comments. */
    private static float[] ratios(List<Example> examples) {
        var spam = new float[TextFeatures.DIMENSION];
        var ham = new float[TextFeatures.DIMENSION];
        for (var example : examples) {
            var counts = example.spam() ? spam : ham;
            for (int at : example.features().indices()) {
                counts[at]++;
            }
        }
        double spamTotal = 0;
        double hamTotal = 0;
        for (int i = 0; i < spam.length; i++) {
            spamTotal += spam[i] + SMOOTHING;
            hamTotal += ham[i] + SMOOTHING;
        }
        var ratios = new float[TextFeatures.DIMENSION];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (float) Math.abs(Math.log((spam[i] + SMOOTHING) / spamTotal)
                    - Math.log((ham[i] + SMOOTHING) / hamTotal));
        }
        return ratios;
    }

    private static TextFeatures.Vector scaled(TextFeatures.Vector x, float[] scales) {
        var values = x.values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] *= scales[x.indices()[i]];
        }
        return new TextFeatures.Vector(x.indices(), values);
    }

    /** A fresh model from labelled comments. */
    static SpamClassifier trainOn(List<LabelledComments.Labelled> comments) {
        return train(comments.stream().map(c -> Example.of(c.submission(), c.spam())).toList());
    }

    /** Takes over another model's weights, for a node that retrained or reloaded. */
    synchronized void copyFrom(SpamClassifier other) {
        System.arraycopy(other.weights, 0, weights, 0, weights.length);
        bias = other.bias;
    }

    synchronized void clear() {
        java.util.Arrays.fill(weights, 0);
        bias = 0;
    }

    private void step(TextFeatures.Vector x, boolean spam, double rate) {
        double gradient = (spam ? 1 : 0) - probability(x);
        var indices = x.indices();
        var values = x.values();
        for (int i = 0; i < indices.length; i++) {
            int at = indices[i];
            weights[at] = (float) (weights[at] * (1 - rate * DECAY) + rate * gradient * values[i]);
        }
        bias = (float) (bias + rate * gradient * 0.1);
    }

    float weight(int index) {
        return weights[index];
    }

    float bias() {
        return bias;
    }

    void set(int index, float weight) {
        weights[index] = weight;
    }

    void setBias(float bias) {
        this.bias = bias;
    }

    /** The number of weights that are not zero: what a full store writes. */
    int size() {
        int n = 0;
        for (float w : weights) {
            if (w != 0) {
                n++;
            }
        }
        return n;
    }
}
