package news.masthead.moderation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The newsroom's own rules: entries that send a comment to spam or to the queue, the number of links
 * that holds a comment, and holding every comment. Rules set a floor under the verdict rather than
 * adding points, so that no amount of good signal talks a comment past them.
 */
final class RulesCheck implements ArrivalCheck {

    private final Supplier<ModerationRules> rules;

    RulesCheck(Supplier<ModerationRules> rules) {
        this.rules = rules;
    }

    @Override
    public String name() {
        return "rules";
    }

    @Override
    public Finding check(Arrival arrival) {
        var rules = this.rules.get();
        var submission = arrival.submission();
        var haystack = String.join("\n", submission.body(), submission.author(), submission.email(), submission.url(),
                arrival.address() == null ? "" : arrival.address(),
                arrival.userAgent() == null ? "" : arrival.userAgent()).toLowerCase(Locale.ROOT);
        var spam = matches(rules.spamEntries(), haystack);
        if (!spam.isEmpty()) {
            return new Finding(new Reason(name(), 4, "on the spam list: " + String.join(", ", spam)), Decision.SPAM);
        }
        var hold = matches(rules.holdEntries(), haystack);
        if (!hold.isEmpty()) {
            return new Finding(new Reason(name(), 0, "on the hold list: " + String.join(", ", hold)), Decision.HOLD);
        }
        int links = Links.in(submission.body()).size();
        if (rules.holdLinks() > 0 && links >= rules.holdLinks()) {
            return new Finding(new Reason(name(), 0, links + " links: the rules hold comments with "
                    + rules.holdLinks() + " or more"), Decision.HOLD);
        }
        if (rules.holdMode() == ModerationRules.HoldMode.ALL) {
            return new Finding(new Reason(name(), 0, "the rules hold every comment"), Decision.HOLD);
        }
        return Finding.of(name(), 0, "no rule applies");
    }

    private static List<String> matches(List<String> entries, String haystack) {
        var found = new ArrayList<String>();
        for (var entry : entries) {
            if (haystack.contains(entry)) {
                found.add(entry);
                if (found.size() == 3) {
                    break;
                }
            }
        }
        return found;
    }
}
