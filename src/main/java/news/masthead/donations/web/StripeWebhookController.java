package news.masthead.donations.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import news.masthead.donations.Donations;
import news.masthead.donations.WebhookRefused;

/**
 * Where Stripe tells us a payment went through. The body is taken exactly as sent, because the
 * signature covers those bytes; anything unsigned or stale gets a 400 and changes nothing.
 */
@RestController
class StripeWebhookController {

    static final String PATH = "/donations/stripe-webhook";
    private static final Logger log = LoggerFactory.getLogger(StripeWebhookController.class);

    private final Donations donations;

    StripeWebhookController(Donations donations) {
        this.donations = donations;
    }

    @PostMapping(path = PATH, consumes = "application/json")
    ResponseEntity<String> receive(@RequestBody String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) {
        try {
            var outcome = donations.receive(payload, signature);
            return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(outcome.name() + "\n");
        }
        catch (WebhookRefused e) {
            log.warn("Refused a webhook request: {}", e.getMessage());
            return ResponseEntity.badRequest().header(HttpHeaders.CACHE_CONTROL, "no-store").body("refused\n");
        }
    }
}
