package news.masthead.donations;

import org.jspecify.annotations.Nullable;

/**
 * A payment reached the ledger: a one-off gift or one month of a monthly one. Carries no donor
 * details, only what other modules may count or show.
 *
 * @param named whether the donor asked to appear on the supporters page
 */
public record DonationReceived(long donationId, Frequency frequency, long amountMinor, String currency,
        @Nullable Long articleId, boolean named) {
}
