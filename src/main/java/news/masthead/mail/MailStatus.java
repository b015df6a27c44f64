package news.masthead.mail;

/** Where a message is on its way out. */
public enum MailStatus {
    /** Waiting for its turn, or for its next attempt after a failure. */
    QUEUED,
    /** Claimed by a node, not yet offered to the SMTP server: another node may take it over. */
    SENDING,
    /** Being offered to the SMTP server right now. */
    HANDED,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is configured: the message stays here for staff to read. */
    KEPT,
    /** Refused too many times; the last error is kept with it. */
    FAILED,
    /**
     * The node stopped while offering it: it may have left or not. It is not offered again, so that
     * nobody gets a message twice.
     */
    UNCERTAIN
}
