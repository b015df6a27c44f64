package news.masthead.donations;

/**
 * A webhook request that did not come from Stripe as it is: no or a wrong signature, a signed time
 * outside the tolerance (a replay), or a body that is not an event. Nothing was recorded.
 */
public class WebhookRefused extends Exception {

    WebhookRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
