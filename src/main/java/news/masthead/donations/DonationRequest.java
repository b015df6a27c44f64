package news.masthead.donations;

import org.jspecify.annotations.Nullable;

/**
 * What a reader asked to give, checked and ready for Stripe Checkout. It travels to Stripe as the
 * session's metadata and comes back in the webhook, which is how the ledger learns the article and
 * whether to name the donor.
 *
 * @param displayName the name to show on the supporters page, or null to stay unnamed
 * @param articleId the article whose appeal led the reader here, if any
 */
public record DonationRequest(Frequency frequency, Money amount, @Nullable String displayName,
        @Nullable Long articleId) {
}
