package news.masthead.newsletter;

/** Where an address stands. Only confirmed subscribers receive newsletters. */
public enum SubscriberStatus {
    /** Signed up, the confirmation link not yet followed. */
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED
}
