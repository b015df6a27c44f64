package news.masthead.moderation;

import java.util.List;

/** The outcome of all checks: the decision, the total score and every reason that counted. */
public record Verdict(Decision decision, double score, List<Reason> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
