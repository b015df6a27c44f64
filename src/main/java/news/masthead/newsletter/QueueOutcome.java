package news.masthead.newsletter;

/** What became of a request to send something. */
public enum QueueOutcome {
    QUEUED,
    /** This article or period has been sent before; nobody gets it twice. */
    ALREADY_SENT,
    /** No published article by that address, or nothing published in the period. */
    NOTHING_TO_SEND
}
