package news.masthead.donations;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;

/**
 * Checks that a webhook request is Stripe's own: the {@code Stripe-Signature} header must carry an
 * HMAC of the timestamp and the exact body made with the endpoint's secret, and the timestamp must
 * be recent, so a captured request cannot be played again later.
 */
@Component
class StripeWebhook {

    private final DonationSettings settings;
    private final Clock clock;

    StripeWebhook(DonationSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    Event verify(String payload, @Nullable String signatureHeader) throws WebhookRefused {
        if (settings.webhookSecret().isBlank()) {
            throw new WebhookRefused("No webhook secret is set", new IllegalStateException());
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw new WebhookRefused("No Stripe-Signature header", new IllegalArgumentException());
        }
        try {
            Webhook.Signature.verifyHeader(payload, signatureHeader, settings.webhookSecret(),
                    settings.tolerance().toSeconds(), clock);
            var event = Webhook.constructEventWithoutVerification(payload);
            if (event == null || event.getId() == null || event.getType() == null) {
                throw new WebhookRefused("Not a Stripe event", new IllegalArgumentException());
            }
            return event;
        }
        catch (SignatureVerificationException e) {
            throw new WebhookRefused("Signature refused: " + e.getMessage(), e);
        }
        catch (RuntimeException e) {
            // Signed, yet not an event the library can read (its JSON parser's errors are unchecked).
            throw new WebhookRefused("Unreadable event", e);
        }
    }
}
