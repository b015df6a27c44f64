package news.masthead.donations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook bodies shaped like Stripe's, and their {@code Stripe-Signature} headers computed as
 * Stripe does: an HMAC-SHA256, with the endpoint's secret, of the timestamp, a dot and the body.
 */
final class StripeEventsFixture {

    static final String WEBHOOK_SECRET = "whsec_test_donations_fixture";

    private StripeEventsFixture() {
    }

    static String signature(String payload, Instant at, String secret) {
        long t = at.getEpochSecond();
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            var v1 = HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "t=" + t + ",v1=" + v1;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String signature(String payload) {
        return signature(payload, Instant.now(), WEBHOOK_SECRET);
    }

    static String oneOffCompleted(String eventId, String sessionId, long amount, String email, String name,
            String metadata) {
        return event(eventId, "checkout.session.completed", """
                {"id":"%s","object":"checkout.session","mode":"payment","payment_status":"paid","status":"complete",
                 "amount_total":%d,"currency":"gbp","customer_details":{"email":"%s","name":"%s"},
                 "metadata":{%s}}""".formatted(sessionId, amount, email, name, metadata));
    }

    static String monthlyCompleted(String eventId, String sessionId, String subscriptionId, String invoiceId,
            long amount, String email, String name, String metadata) {
        return event(eventId, "checkout.session.completed", """
                {"id":"%s","object":"checkout.session","mode":"subscription","payment_status":"paid",
                 "status":"complete","amount_total":%d,"currency":"gbp","subscription":"%s","invoice":"%s",
                 "customer_details":{"email":"%s","name":"%s"},"metadata":{%s}}"""
                .formatted(sessionId, amount, subscriptionId, invoiceId, email, name, metadata));
    }

    static String invoicePaid(String eventId, String invoiceId, String subscriptionId, long amount,
            String billingReason) {
        return event(eventId, "invoice.paid", """
                {"id":"%s","object":"invoice","status":"paid","amount_paid":%d,"currency":"gbp",
                 "billing_reason":"%s","parent":{"type":"subscription_details",
                 "subscription_details":{"subscription":"%s"}}}"""
                .formatted(invoiceId, amount, billingReason, subscriptionId));
    }

    static String subscriptionDeleted(String eventId, String subscriptionId) {
        return event(eventId, "customer.subscription.deleted", """
                {"id":"%s","object":"subscription","status":"canceled"}""".formatted(subscriptionId));
    }

    private static String event(String id, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"2026-07-29.dahlia","created":%d,"livemode":false,
                 "type":"%s","data":{"object":%s}}""".formatted(id, Instant.now().getEpochSecond(), type, object);
    }
}
