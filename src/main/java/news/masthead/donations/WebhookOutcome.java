package news.masthead.donations;

/** What a verified webhook event did; Stripe is told 200 in every case, so it stops resending. */
public enum WebhookOutcome {
    /** The event changed the ledger or a monthly gift. */
    RECORDED,
    /** The same event was acted on before: a retry or a replay. */
    ALREADY_SEEN,
    /** An event Masthead has no use for, or one about a payment it does not know. */
    IGNORED
}
