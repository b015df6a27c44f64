package news.masthead.newsletter;

/** Where one recipient's copy of a send is. */
enum DeliveryStatus {
    /** Waiting for its turn, or for another attempt after a failure. */
    QUEUED,
    /** In a sender's batch, not yet offered to the SMTP server: safe to take over once the claim runs out. */
    CLAIMED,
    /** Being offered to the SMTP server right now. */
    HANDED,
    /** Accepted by the SMTP server (or kept in the outbox). */
    SENT,
    /** Refused on every attempt. */
    FAILED,
    /** The sender stopped between offering and recording: it may or may not have left, and is not sent again. */
    UNCERTAIN,
    /** Not sent: the reader left, or chose other sections, after the send was queued. */
    SKIPPED;

    /** Still to be dealt with. */
    boolean open() {
        return this == QUEUED || this == CLAIMED || this == HANDED;
    }
}
