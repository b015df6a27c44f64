package news.masthead.mail;

/** Where a message is on its way out. */
public enum MailStatus {
    /** Waiting for its turn, or for its next attempt after a failure. */
    QUEUED,
    /** Taken by a node that is handing it to the SMTP server. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server is configured: the message stays here for staff to read. */
    KEPT,
    /** Refused too many times; the last error is kept with it. */
    FAILED
}
