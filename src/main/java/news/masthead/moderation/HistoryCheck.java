package news.masthead.moderation;

import java.util.function.Supplier;

/**
 * The commenter's record with moderators, by e-mail: spam before counts against them, approved
 * comments for them, and after the rules' number of approved comments without spam they are trusted.
 * Under the first-time rule, a commenter with no approved comment waits for a moderator.
 */
final class HistoryCheck implements ArrivalCheck {

    private final ArrivalStore store;
    private final Identities identities;
    private final Supplier<ModerationRules> rules;

    HistoryCheck(ArrivalStore store, Identities identities, Supplier<ModerationRules> rules) {
        this.store = store;
        this.identities = identities;
        this.rules = rules;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public Finding check(Arrival arrival) {
        var history = store.history(identities.email(arrival.submission().email()));
        var rules = this.rules.get();
        var counts = history.approved() + " approved and " + history.spam() + " spam before";
        if (history.spam() > 0) {
            return Finding.of(name(), Math.min(6, 2.0 * history.spam() - 0.5 * history.approved()), counts);
        }
        if (rules.trustedAfter() > 0 && history.approved() >= rules.trustedAfter()) {
            return Finding.of(name(), -3, "a trusted commenter: " + counts);
        }
        if (history.approved() == 0 && rules.holdMode() == ModerationRules.HoldMode.FIRST_TIME) {
            return new Finding(new Reason(name(), 0, "a first comment: the rules hold it for a moderator"),
                    Decision.HOLD);
        }
        return Finding.of(name(), -0.5 * Math.min(history.approved(), 3), counts);
    }
}
