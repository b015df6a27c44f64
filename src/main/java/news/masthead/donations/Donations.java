package news.masthead.donations;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;

/**
 * The donations module's API for readers' actions: start a gift in Stripe Checkout, take Stripe's
 * word (signed) that it was paid, and stop a monthly gift from the receipt's link.
 */
@Service
public class Donations {

    private final DonationSettings settings;
    private final StripePayments checkout;
    private final StripeWebhook webhook;
    private final StripeEvents stripeEvents;
    private final DonationBook book;
    private final CancelLinks cancelLinks;
    private final SiteManagement site;
    private final SiteUrls urls;
    private final Clock clock;

    Donations(DonationSettings settings, StripePayments checkout, StripeWebhook webhook, StripeEvents stripeEvents,
            DonationBook book, CancelLinks cancelLinks, SiteManagement site, SiteUrls urls, Clock clock) {
        this.settings = settings;
        this.checkout = checkout;
        this.webhook = webhook;
        this.stripeEvents = stripeEvents;
        this.book = book;
        this.cancelLinks = cancelLinks;
        this.site = site;
        this.urls = urls;
        this.clock = clock;
    }

    /** Whether the keys are set; without them there is no way to give online. */
    public boolean available() {
        return settings.enabled();
    }

    public DonationSettings settings() {
        return settings;
    }

    /** Opens a Stripe Checkout session and returns the address of its payment page. */
    public String checkout(DonationRequest request) throws PaymentUnavailable {
        if (!available()) {
            throw new PaymentUnavailable("Donations are not set up", null);
        }
        var title = site.settings().title();
        var product = (request.frequency() == Frequency.MONTHLY ? "Monthly donation to " : "Donation to ") + title;
        var back = UriComponentsBuilder.fromUriString(urls.absolute("/support"));
        if (request.articleId() != null) {
            back.queryParam("article", request.articleId());
        }
        return checkout.open(request, product, urls.absolute("/support/thanks"), back.build().toUriString());
    }

    /** Acts on a webhook request if, and only if, Stripe signed it recently. */
    public WebhookOutcome receive(String payload, @Nullable String signatureHeader) throws WebhookRefused {
        var event = webhook.verify(payload, signatureHeader);
        return stripeEvents.handle(event);
    }

    /** The monthly gift a receipt's cancel link names, if the link is genuine. */
    @Transactional(readOnly = true)
    public Optional<MonthlyGift> giftToCancel(long giftId, String token) {
        return book.gift(giftId).filter(gift -> cancelLinks.valid(gift, token));
    }

    /**
     * Stops a monthly gift at Stripe, then notes it ended. A link that is not genuine changes
     * nothing; a gift already ended is left as it is.
     *
     * @return whether the link was genuine
     */
    public boolean cancel(long giftId, String token) throws PaymentUnavailable {
        var gift = giftToCancel(giftId, token);
        if (gift.isEmpty()) {
            return false;
        }
        if (gift.get().active()) {
            checkout.cancelSubscription(gift.get().subscriptionId());
            book.end(giftId, clock.instant());
        }
        return true;
    }
}
