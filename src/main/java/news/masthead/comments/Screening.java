package news.masthead.comments;

import java.util.List;

/** A verdict on a new comment with its total score and every reason that counted, kept with the comment. */
public record Screening(ScreeningVerdict verdict, double score, List<ScreeningReason> reasons) {

    public Screening {
        reasons = List.copyOf(reasons);
    }

    /** Holds the comment for a moderator, for the one reason given. */
    public static Screening hold(String check, String explanation) {
        return new Screening(ScreeningVerdict.HOLD, 0, List.of(new ScreeningReason(check, 0, explanation)));
    }
}
