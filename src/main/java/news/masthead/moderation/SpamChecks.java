package news.masthead.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * The content pipeline: runs every check, adds up their scores and decides. A check that throws
 * counts as slightly suspicious and the others still run.
 */
final class SpamChecks {

    private final List<SpamCheck> checks;
    private final ModerationSettings settings;

    SpamChecks(List<SpamCheck> checks, ModerationSettings settings) {
        this.checks = List.copyOf(checks);
        this.settings = settings;
    }

    /** The standard content checks around a classifier and the domains learned so far. */
    static SpamChecks standard(SpamClassifier classifier, DomainReputation domains, ModerationSettings settings) {
        return new SpamChecks(List.of(new LinkCheck(domains, settings.linkLimit()), new AuthorNameCheck(),
                new BareLinkCheck(), new ClassifierCheck(classifier, settings.classifierWeight(),
                        settings.holdAt())), settings);
    }

    Verdict check(Submission submission) {
        var reasons = new ArrayList<Reason>(checks.size());
        double total = 0;
        for (var check : checks) {
            Reason reason;
            try {
                reason = check.check(submission);
            } catch (RuntimeException | StackOverflowError e) {
                reason = new Reason(check.name(), settings.couldNotRunScore(), "could not run: " + describe(e));
            }
            total += reason.score();
            if (reason.score() != 0) {
                reasons.add(reason);
            }
        }
        return new Verdict(settings.decide(total), total, reasons);
    }

    private static String describe(Throwable e) {
        var message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
