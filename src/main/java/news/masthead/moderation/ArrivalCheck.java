package news.masthead.moderation;

/**
 * A check of how a submission arrived rather than of its text alone: a form's hidden fields, the
 * sender's rate, history and the site's rules. Like {@link SpamCheck}, one that throws counts as a
 * small suspicious score and the others still run.
 */
interface ArrivalCheck {

    String name();

    Finding check(Arrival arrival);
}
