package news.masthead.comments;

/** What happens to a new comment after screening. */
public enum ScreeningVerdict {
    /** Shown to readers at once. */
    PUBLISH,
    /** Kept for a moderator to decide. */
    HOLD,
    /** Kept out of view as spam; a moderator can still rescue it. */
    SPAM,
    /** Not stored at all: for the cases where there is no doubt. */
    DISCARD
}
