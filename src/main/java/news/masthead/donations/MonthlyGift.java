package news.masthead.donations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A monthly donation: one Stripe subscription, running until the donor or Stripe ends it. */
public record MonthlyGift(long id, String subscriptionId, String donorName, String donorEmail,
        @Nullable String displayName, @Nullable Long articleId, Money amount, Instant startedAt,
        @Nullable Instant endedAt) {

    public boolean active() {
        return endedAt == null;
    }
}
