package news.masthead.newsletter;

/** A reader followed the confirmation link: from now on they receive what they chose. */
public record SubscriptionConfirmed(long subscriberId, Frequency frequency) {
}
