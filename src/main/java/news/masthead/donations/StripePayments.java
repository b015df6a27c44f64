package news.masthead.donations;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionCreateParams.LineItem;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.ProductData;
import com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.Recurring;
import com.stripe.param.checkout.SessionCreateParams.Mode;
import com.stripe.param.checkout.SessionCreateParams.SubmitType;
import com.stripe.param.checkout.SessionCreateParams.SubscriptionData;

/**
 * Masthead's two calls to Stripe's API: open a Checkout session for a gift, and stop a monthly
 * gift. The client is configured here, per instance, rather than through the library's global
 * settings, so the API address can point at a stand-in without touching anything else.
 */
@Component
class StripePayments {

    static final String FREQUENCY = "frequency";
    static final String ARTICLE = "article";
    static final String DISPLAY_NAME = "display_name";

    private final @Nullable StripeClient client;

    StripePayments(DonationSettings settings) {
        if (settings.secretKey().isBlank()) {
            this.client = null;
            return;
        }
        var builder = StripeClient.builder().setApiKey(settings.secretKey()).setMaxNetworkRetries(1);
        if (!settings.apiBase().isBlank()) {
            builder.setApiBase(settings.apiBase().replaceAll("/+$", ""));
        }
        this.client = builder.build();
    }

    /** Opens a session and returns the address of Stripe's payment page for it. */
    String open(DonationRequest request, String productName, String successUrl, String cancelUrl)
            throws PaymentUnavailable {
        var price = PriceData.builder()
                .setCurrency(request.amount().currency())
                .setUnitAmount(request.amount().minor())
                .setProductData(ProductData.builder().setName(productName).build());
        var params = SessionCreateParams.builder()
                .setSuccessUrl(successUrl)
                .setCancelUrl(cancelUrl)
                .putMetadata(FREQUENCY, request.frequency().code());
        if (request.articleId() != null) {
            params.putMetadata(ARTICLE, request.articleId().toString());
        }
        if (request.displayName() != null) {
            params.putMetadata(DISPLAY_NAME, request.displayName());
        }
        if (request.frequency() == Frequency.MONTHLY) {
            price.setRecurring(Recurring.builder().setInterval(Recurring.Interval.MONTH).build());
            params.setMode(Mode.SUBSCRIPTION)
                    .setSubscriptionData(SubscriptionData.builder().setDescription(productName).build());
        }
        else {
            params.setMode(Mode.PAYMENT).setSubmitType(SubmitType.DONATE);
        }
        params.addLineItem(LineItem.builder().setQuantity(1L).setPriceData(price.build()).build());
        try {
            var session = stripe().v1().checkout().sessions().create(params.build());
            if (session.getUrl() == null) {
                throw new PaymentUnavailable("Stripe opened a session without a payment page", null);
            }
            return session.getUrl();
        }
        catch (StripeException e) {
            throw new PaymentUnavailable("Stripe refused to open a Checkout session: " + e.getMessage(), e);
        }
    }

    void cancelSubscription(String subscriptionId) throws PaymentUnavailable {
        try {
            stripe().v1().subscriptions().cancel(subscriptionId);
        }
        catch (StripeException e) {
            throw new PaymentUnavailable("Stripe did not cancel " + subscriptionId + ": " + e.getMessage(), e);
        }
    }

    private StripeClient stripe() throws PaymentUnavailable {
        if (client == null) {
            throw new PaymentUnavailable("No Stripe secret key is set", null);
        }
        return client;
    }
}
