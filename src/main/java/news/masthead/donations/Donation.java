package news.masthead.donations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One payment in the ledger, as the newsroom sees it. Donor details stay in the admin: public
 * pages get only the display name of donors who asked to be named.
 *
 * @param reference Stripe's id for the payment: a Checkout session or an invoice
 * @param displayName the name the donor asked to be shown under, or null
 */
public record Donation(long id, String reference, Instant receivedAt, Money amount, Frequency frequency,
        String donorName, String donorEmail, @Nullable String displayName, @Nullable Long articleId) {
}
