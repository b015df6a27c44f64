package news.masthead.donations;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.model.Event;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;

/**
 * Acts on a verified Stripe event, once: the event's id is noted in the same transaction as what
 * it changes, so a retry or a replay finds it and does nothing. A monthly gift's first payment is
 * recorded from its Checkout session; Stripe's invoices for later months add one row each.
 */
@Component
class StripeEvents {

    private static final Logger log = LoggerFactory.getLogger(StripeEvents.class);

    private final DonationBook book;
    private final DonationMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StripeEvents(DonationBook book, DonationMail mail, ApplicationEventPublisher events, Clock clock) {
        this.book = book;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    WebhookOutcome handle(Event event) {
        var now = clock.instant();
        if (!book.firstSighting(event.getId(), event.getType(), now)) {
            return WebhookOutcome.ALREADY_SEEN;
        }
        var recorded = switch (event.getType()) {
            case "checkout.session.completed", "checkout.session.async_payment_succeeded" ->
                object(event, Session.class).map(session -> completed(session, now)).orElse(false);
            case "invoice.paid" -> object(event, Invoice.class).map(invoice -> paid(invoice, now)).orElse(false);
            case "customer.subscription.deleted" ->
                object(event, Subscription.class).map(subscription -> ended(subscription, now)).orElse(false);
            default -> false;
        };
        return recorded ? WebhookOutcome.RECORDED : WebhookOutcome.IGNORED;
    }

    private boolean completed(Session session, Instant now) {
        var status = session.getPaymentStatus();
        if (!"paid".equals(status) && !"no_payment_required".equals(status)) {
            return false; // a delayed payment method: async_payment_succeeded follows when the money is there
        }
        if (session.getAmountTotal() == null || session.getCurrency() == null) {
            return false;
        }
        var metadata = session.getMetadata() == null ? Map.<String, String>of() : session.getMetadata();
        var amount = new Money(session.getAmountTotal(), session.getCurrency());
        var details = session.getCustomerDetails();
        var email = details == null || details.getEmail() == null ? "" : details.getEmail();
        var displayName = blankToNull(metadata.get(StripePayments.DISPLAY_NAME));
        var name = details != null && details.getName() != null ? details.getName()
                : displayName == null ? "" : displayName;
        var articleId = articleId(metadata.get(StripePayments.ARTICLE));
        MonthlyGift gift = null;
        var reference = session.getId();
        if ("subscription".equals(session.getMode()) && session.getSubscription() != null) {
            gift = book.giftBySubscription(session.getSubscription()).orElse(null);
            if (gift == null) {
                gift = book.startMonthly(session.getSubscription(), now, amount, name, email, displayName, articleId);
            }
            if (session.getInvoice() != null) {
                reference = session.getInvoice();
            }
        }
        if (book.hasPayment(reference)) {
            return false;
        }
        var donation = book.add(reference, now, amount, gift == null ? Frequency.ONE_OFF : Frequency.MONTHLY, name,
                email, displayName, articleId, gift == null ? null : gift.id());
        announce(donation);
        mail.thank(donation, gift);
        return true;
    }

    private boolean paid(Invoice invoice, Instant now) {
        // The first invoice of a monthly gift is paid in Checkout and recorded from the session.
        if ("subscription_create".equals(invoice.getBillingReason()) || invoice.getAmountPaid() == null
                || invoice.getAmountPaid() <= 0 || invoice.getCurrency() == null) {
            return false;
        }
        var parent = invoice.getParent();
        var details = parent == null ? null : parent.getSubscriptionDetails();
        var subscriptionId = details == null ? null : details.getSubscription();
        var gift = subscriptionId == null ? null : book.giftBySubscription(subscriptionId).orElse(null);
        if (gift == null) {
            log.info("Invoice {} is for a subscription this site did not start; not recorded", invoice.getId());
            return false;
        }
        if (book.hasPayment(invoice.getId())) {
            return false;
        }
        var donation = book.add(invoice.getId(), now, new Money(invoice.getAmountPaid(), invoice.getCurrency()),
                Frequency.MONTHLY, gift.donorName(), gift.donorEmail(), gift.displayName(), gift.articleId(),
                gift.id());
        announce(donation);
        mail.receipt(donation, gift);
        return true;
    }

    private boolean ended(Subscription subscription, Instant now) {
        return book.giftBySubscription(subscription.getId()).map(gift -> book.end(gift.id(), now)).orElse(false);
    }

    private void announce(Donation donation) {
        events.publishEvent(new DonationReceived(donation.id(), donation.frequency(), donation.amount().minor(),
                donation.amount().currency(), donation.articleId(), donation.displayName() != null));
    }

    private static <T extends StripeObject> Optional<T> object(Event event, Class<T> type) {
        try {
            var object = event.getDataObjectDeserializer().deserializeUnsafe();
            return type.isInstance(object) ? Optional.of(type.cast(object)) : Optional.empty();
        }
        catch (EventDataObjectDeserializationException | RuntimeException e) {
            log.warn("Could not read the object of Stripe event {} ({}): {}", event.getId(), event.getType(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static @Nullable Long articleId(@Nullable String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(text);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
