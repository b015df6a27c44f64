package news.masthead.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the checks of how a submission arrived after the content checks, adds their points to the
 * content verdict's and lets the strictest rule floor stand. A check that throws counts as
 * {@code couldNotRunScore} and the others still run.
 */
final class ArrivalChecks {

    private final List<ArrivalCheck> checks;
    private final ModerationSettings settings;

    ArrivalChecks(List<ArrivalCheck> checks, ModerationSettings settings) {
        this.checks = List.copyOf(checks);
        this.settings = settings;
    }

    Verdict check(Arrival arrival, Verdict content) {
        var reasons = new ArrayList<Reason>(content.reasons());
        double total = content.score();
        var floor = Decision.PUBLISH;
        for (var check : checks) {
            Finding finding;
            try {
                finding = check.check(arrival);
            } catch (RuntimeException e) {
                var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                finding = Finding.of(check.name(), settings.couldNotRunScore(), "could not run: " + message);
            }
            total += finding.reason().score();
            if (finding.reason().score() != 0 || finding.atLeast() != Decision.PUBLISH) {
                reasons.add(finding.reason());
            }
            if (finding.atLeast().compareTo(floor) > 0) {
                floor = finding.atLeast();
            }
        }
        var decision = settings.decide(total);
        return new Verdict(decision.compareTo(floor) >= 0 ? decision : floor, Math.round(total * 100) / 100.0,
                reasons);
    }
}
