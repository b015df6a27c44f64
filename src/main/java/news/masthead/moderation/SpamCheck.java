package news.masthead.moderation;

/**
 * One independent test of a submission. Checks may throw: the pipeline turns a failure into a
 * small suspicious score, so that a broken check is a signal and never a way around the others.
 */
interface SpamCheck {

    /** A short stable name, shown to moderators next to the reason. */
    String name();

    /** The score (0 when nothing was found) and why. */
    Reason check(Submission submission);
}
