package news.masthead.moderation;

/** What happens to a submission, from the most to the least trusted. */
public enum Decision {
    /** Shown at once. */
    PUBLISH,
    /** Kept from readers until a moderator looks at it. */
    HOLD,
    /** Kept in the spam folder, where a moderator can still rescue it. */
    SPAM,
    /** Certain spam: not worth a moderator's time, dropped. */
    DISCARD
}
