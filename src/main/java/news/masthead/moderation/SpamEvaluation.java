package news.masthead.moderation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./masthead spam eval}: trains a fresh model and measures it on labelled comments, without
 * Spring or a database. Usage: {@code SpamEvaluation eval [--train FILE...] --test FILE
 * [--no-builtin] [--time N]}. The last line printed is always the summary
 * {@code caught=… false_positive=… held_ham=… precision=… recall=… f1=…}.
 *
 * <p>For development, without a test file: {@code --leave-one-out} judges each training file with a
 * model trained on the other files (and the shipped corpus unless {@code --no-builtin}), and
 * {@code --folds K} cross-validates all the training comments in K folds; both print a line per
 * part, the mean and the worst, and end with the pooled summary.
 */
public final class SpamEvaluation {

    /** Where timed results go, so that the JIT cannot drop the checks being timed. */
    private static volatile long sink;

    private SpamEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> train = new ArrayList<>();
        Path test = null;
        boolean builtin = true;
        int timed = 0;
        int folds = 0;
        boolean leaveOneOut = false;
        int i = args.length > 0 && args[0].equals("eval") ? 1 : 0;
        for (; i < args.length; i++) {
            switch (args[i]) {
                case "--train" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        train.add(Path.of(args[++i]));
                    }
                }
                case "--test" -> test = Path.of(value(args, ++i, "--test"));
                case "--no-builtin" -> builtin = false;
                case "--time" -> timed = Integer.parseInt(value(args, ++i, "--time"));
                case "--folds" -> folds = Integer.parseInt(value(args, ++i, "--folds"));
                case "--leave-one-out" -> leaveOneOut = true;
                default -> fail("unknown option: " + args[i]);
            }
        }
        if (test == null && folds < 2 && !(leaveOneOut && train.size() >= 2)) {
            fail("--test FILE is required (or --folds K, K >= 2, or --leave-one-out with two --train files or more)");
        }
        var examples = new ArrayList<LabelledComments.Labelled>();
        var builtins = new ArrayList<LabelledComments.Labelled>();
        if (builtin) {
            var starter = StarterCorpus.comments();
            System.out.println(starter.isEmpty() ? "Built-in corpus: not found (" + StarterCorpus.RESOURCE + "), skipped"
                    : "Built-in corpus: " + describe(starter));
            builtins.addAll(starter);
            examples.addAll(starter);
        }
        var sets = new ArrayList<List<LabelledComments.Labelled>>();
        for (var file : train) {
            var read = LabelledComments.read(file);
            System.out.println("Training file " + file + ": " + describe(read));
            sets.add(read);
            examples.addAll(read);
        }
        if (examples.isEmpty()) {
            fail("nothing to train on: give --train FILE or leave out --no-builtin");
        }
        var settings = ModerationSettings.defaults();
        if (test == null) {
            var pooled = folds >= 2 ? CrossValidation.folds(examples, folds, settings, System.out::println)
                    : CrossValidation.leaveOneOut(train.stream().map(f -> f.getFileName().toString()).toList(), sets,
                            builtins, settings, System.out::println);
            System.out.println("pooled:");
            System.out.print(pooled.table());
            System.out.println(pooled.summary());
            return;
        }
        var domains = new DomainReputation();
        var training = new ArrayList<SpamClassifier.Example>(examples.size());
        for (var example : examples) {
            training.add(SpamClassifier.Example.of(example.submission(), example.spam()));
            domains.learn(example.submission(), example.spam());
        }
        var checks = SpamChecks.standard(SpamClassifier.train(training), domains, settings);

        var tested = LabelledComments.read(test);
        System.out.println("Test file " + test + ": " + describe(tested));
        var confusion = new Confusion();
        for (var comment : tested) {
            confusion.add(comment.spam(), checks.check(comment.submission()).decision());
        }
        System.out.print(confusion.table());
        if (timed > 0) {
            System.out.println(time(checks, tested, timed));
        }
        System.out.println(confusion.withheldSummary() + " (HOLD counted with SPAM and DISCARD)");
        System.out.println("precision, recall and f1 are for spam, counting SPAM and DISCARD as predicted spam"
                + " (HOLD is neither)");
        System.out.println(confusion.summary());
    }

    /** Average time of one check through the whole content pipeline, after as many checks to warm up. */
    private static String time(SpamChecks checks, List<LabelledComments.Labelled> comments, int count) {
        long reasons = 0;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            for (int n = 0; n < count; n++) {
                reasons += checks.check(comments.get(n % comments.size()).submission()).reasons().size();
            }
            if (round == 1) {
                double ms = (System.nanoTime() - start) / 1e6 / count;
                sink = reasons;
                return String.format(Locale.ROOT, "check_ms=%.4f checks=%d", ms, count);
            }
        }
        throw new IllegalStateException();
    }

    private static String describe(List<LabelledComments.Labelled> comments) {
        long spam = comments.stream().filter(LabelledComments.Labelled::spam).count();
        return comments.size() + " comments (" + spam + " spam, " + (comments.size() - spam) + " ham)";
    }

    private static String value(String[] args, int at, String option) {
        if (at >= args.length) {
            fail(option + " needs a value");
        }
        return args[at];
    }

    private static void fail(String message) {
        System.err.println("spam eval: " + message);
        System.exit(2);
    }
}
