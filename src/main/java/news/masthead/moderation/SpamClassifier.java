package news.masthead.moderation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Logistic regression over hashed text features, trained by stochastic gradient descent.
 *
 * <p>Written here rather than taken from a library because of what moderation needs: every
 * moderator decision must change the model at once, and the model must live in the database so
 * that every node uses the same one. The well-kept Java options fit neither: OpenNLP's maxent and
 * naive Bayes trainers, Weka and Smile build a model in one batch from all the data and keep it
 * in their own serialised formats, so one decision would mean retraining and storing the whole
 * model again. A single gradient step on a sparse vector changes only the weights of the features
 * that comment has (a few hundred out of a million), which is what the store writes and what other
 * nodes read back. The learner itself is some forty lines; its quality comes from the features.
 *
 * <p>Reads are not locked: a check racing with a learning step may see some weights before the
 * step and some after, which moves a probability by a hair and is not worth a lock on every check.
 */
final class SpamClassifier {

    static final int EPOCHS = 12;
    private static final double RATE = 0.4;
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

    /** A fresh model from labelled examples: several shuffled passes with a falling learning rate. */
    static SpamClassifier train(List<Example> examples) {
        var model = new SpamClassifier();
        var order = new ArrayList<>(examples);
        var random = new Random(20260101L);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = RATE / Math.sqrt(1 + epoch);
            for (var example : order) {
                model.step(example.features(), example.spam(), rate);
            }
        }
        return model;
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
