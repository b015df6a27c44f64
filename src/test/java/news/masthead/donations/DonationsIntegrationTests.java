package news.masthead.donations;

import static news.masthead.donations.StripeEventsFixture.WEBHOOK_SECRET;
import static news.masthead.donations.StripeEventsFixture.invoicePaid;
import static news.masthead.donations.StripeEventsFixture.monthlyCompleted;
import static news.masthead.donations.StripeEventsFixture.oneOffCompleted;
import static news.masthead.donations.StripeEventsFixture.signature;
import static news.masthead.donations.StripeEventsFixture.subscriptionDeleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;

import news.masthead.mail.Postbox;

/**
 * The webhook as Stripe calls it, the ledger it fills, the receipt, the cancel link and the
 * Checkout request Masthead sends. Runs on H2 and PostgreSQL.
 */
abstract class DonationsIntegrationTests extends DonationsTestSupport {

    @Autowired
    Donations donations;
    @Autowired
    DonationLedger ledger;
    @Autowired
    DonationBook book;
    @Autowired
    CancelLinks cancelLinks;
    @Autowired
    AppealLineStore appealLines;
    @Autowired
    Postbox postbox;

    private final String oneOff = oneOffCompleted("evt_one_1", "cs_one_1", 1550, "sam@example.org", "Sam Kettle",
            "\"frequency\":\"one-off\",\"article\":\"41\",\"display_name\":\"Sam K.\"");

    @Test
    void aSignedPaymentIsRecordedWithItsArticleAndTheDonorThanked(AssertablePublishedEvents events) throws Exception {
        assertThat(donations.receive(oneOff, signature(oneOff))).isEqualTo(WebhookOutcome.RECORDED);

        assertThat(ledger.all()).singleElement().satisfies(donation -> {
            assertThat(donation.amount()).isEqualTo(new Money(1550, "gbp"));
            assertThat(donation.frequency()).isEqualTo(Frequency.ONE_OFF);
            assertThat(donation.donorName()).isEqualTo("Sam Kettle");
            assertThat(donation.donorEmail()).isEqualTo("sam@example.org");
            assertThat(donation.displayName()).isEqualTo("Sam K.");
            assertThat(donation.articleId()).isEqualTo(41L);
            assertThat(donation.reference()).isEqualTo("cs_one_1");
        });
        assertThat(events.ofType(DonationReceived.class)).singleElement().satisfies(event -> {
            assertThat(event.amountMinor()).isEqualTo(1550);
            assertThat(event.articleId()).isEqualTo(41L);
            assertThat(event.named()).isTrue();
        });
        assertThat(postbox.recent(DonationMail.PURPOSE, 10)).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("sam@example.org");
            assertThat(mail.subject()).isEqualTo("Thank you – your receipt for £15.50");
            assertThat(mail.mail().text()).contains("Dear Sam Kettle,").contains("Amount: £15.50")
                    .contains("One-off donation").contains("Reference: cs_one_1");
            assertThat(mail.mail().html()).contains("<td>£15.50</td>");
        });
        assertThat(ledger.supporters(10)).containsExactly("Sam K.");
    }

    @Test
    void theSameEventTwiceIsRecordedOnce() throws Exception {
        donations.receive(oneOff, signature(oneOff));

        assertThat(donations.receive(oneOff, signature(oneOff))).isEqualTo(WebhookOutcome.ALREADY_SEEN);
        var sameSessionNewEvent = oneOff.replace("evt_one_1", "evt_one_2");
        assertThat(donations.receive(sameSessionNewEvent, signature(sameSessionNewEvent)))
                .isEqualTo(WebhookOutcome.IGNORED);

        assertThat(ledger.count()).isEqualTo(1);
        assertThat(postbox.recent(DonationMail.PURPOSE, 10)).hasSize(1);
    }

    @Test
    void aForgedOrAlteredEventChangesNothing() {
        var forged = signature(oneOff, Instant.now(), "whsec_someone_else");
        var altered = oneOff.replace("1550", "155000");

        assertThatExceptionOfType(WebhookRefused.class).isThrownBy(() -> donations.receive(oneOff, forged));
        assertThatExceptionOfType(WebhookRefused.class)
                .isThrownBy(() -> donations.receive(altered, signature(oneOff)));
        assertThatExceptionOfType(WebhookRefused.class).isThrownBy(() -> donations.receive(oneOff, null));
        assertThatExceptionOfType(WebhookRefused.class).isThrownBy(() -> donations.receive(oneOff, "t=1,v1=00"));
        assertThatExceptionOfType(WebhookRefused.class)
                .isThrownBy(() -> donations.receive("not json", signature("not json")));

        assertThat(ledger.count()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stripe_event").query(Long.class).single()).isZero();
        assertThat(postbox.recent(DonationMail.PURPOSE, 10)).isEmpty();
    }

    @Test
    void anOldSignatureIsRefusedAsAReplay() throws Exception {
        var stale = signature(oneOff, Instant.now().minus(Duration.ofMinutes(10)), WEBHOOK_SECRET);
        var recent = signature(oneOff, Instant.now().minus(Duration.ofMinutes(1)), WEBHOOK_SECRET);

        assertThatExceptionOfType(WebhookRefused.class).isThrownBy(() -> donations.receive(oneOff, stale));
        assertThat(ledger.count()).isZero();
        assertThat(donations.receive(oneOff, recent)).isEqualTo(WebhookOutcome.RECORDED);
    }

    @Test
    void aMonthlyGiftIsRecordedEachMonthUntilItEnds() throws Exception {
        receive(monthlyCompleted("evt_m_1", "cs_m_1", "sub_m_1", "in_m_1", 1000, "ria@example.org", "Ria Penhale",
                "\"frequency\":\"monthly\""));
        // Stripe also reports the first invoice; Checkout's event has already counted it.
        assertThat(donations.receive(first(), signature(first()))).isEqualTo(WebhookOutcome.IGNORED);
        receive(invoicePaid("evt_m_3", "in_m_2", "sub_m_1", 1000, "subscription_cycle"));

        assertThat(ledger.all()).extracting(Donation::reference).containsExactly("in_m_1", "in_m_2");
        assertThat(ledger.all()).allSatisfy(donation -> {
            assertThat(donation.frequency()).isEqualTo(Frequency.MONTHLY);
            assertThat(donation.donorEmail()).isEqualTo("ria@example.org");
            assertThat(donation.displayName()).isNull();
        });
        var gift = book.giftBySubscription("sub_m_1").orElseThrow();
        assertThat(gift.active()).isTrue();
        var mails = postbox.recent(DonationMail.PURPOSE, 10);
        assertThat(mails).extracting(mail -> mail.subject())
                .containsExactly("Your receipt for £10.00", "Thank you – your receipt for £10.00");
        assertThat(mails).allSatisfy(mail -> assertThat(mail.mail().text())
                .contains("https://news.example" + cancelLinks.path(gift)));
        assertThat(ledger.supporters(10)).isEmpty();

        receive(subscriptionDeleted("evt_m_4", "sub_m_1"));

        assertThat(book.giftBySubscription("sub_m_1").orElseThrow().active()).isFalse();
    }

    @Test
    void theReceiptsCancelLinkStopsTheGiftAtStripeAndATamperedOneDoesNothing() throws Exception {
        receive(monthlyCompleted("evt_c_1", "cs_c_1", "sub_c_1", "in_c_1", 500, "lee@example.org", "Lee Marr", ""));
        var gift = book.giftBySubscription("sub_c_1").orElseThrow();
        var token = cancelLinks.token(gift);
        var tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(donations.cancel(gift.id(), tampered)).isFalse();
        assertThat(donations.cancel(gift.id() + 1, token)).isFalse();
        assertThat(donations.cancel(gift.id(), "")).isFalse();
        assertThat(stripe.requests()).isEmpty();
        assertThat(book.gift(gift.id()).orElseThrow().active()).isTrue();

        assertThat(donations.cancel(gift.id(), token)).isTrue();

        assertThat(stripe.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("DELETE");
            assertThat(request.path()).isEqualTo("/v1/subscriptions/sub_c_1");
            assertThat(request.authorization()).isEqualTo("Bearer " + SECRET_KEY);
        });
        assertThat(book.gift(gift.id()).orElseThrow().active()).isFalse();
        // Stripe's own event about the same ending follows, and changes nothing more.
        assertThat(donations.receive(subscriptionDeleted("evt_c_2", "sub_c_1"),
                signature(subscriptionDeleted("evt_c_2", "sub_c_1")))).isEqualTo(WebhookOutcome.IGNORED);
    }

    @Test
    void aOneOffCheckoutAsksStripeForTheAmountCurrencyAndWayBack() throws Exception {
        var url = donations.checkout(new DonationRequest(Frequency.ONE_OFF, new Money(1550, "gbp"), "Sam K.", 41L));

        assertThat(url).isEqualTo(StripeStandIn.PAYMENT_PAGE);
        assertThat(stripe.requests()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/checkout/sessions");
            assertThat(request.authorization()).isEqualTo("Bearer " + SECRET_KEY);
            assertThat(request.form())
                    .containsEntry("mode", "payment")
                    .containsEntry("submit_type", "donate")
                    .containsEntry("line_items[0][quantity]", "1")
                    .containsEntry("line_items[0][price_data][unit_amount]", "1550")
                    .containsEntry("line_items[0][price_data][currency]", "gbp")
                    .containsEntry("line_items[0][price_data][product_data][name]", "Donation to Masthead")
                    .containsEntry("success_url", "https://news.example/support/thanks")
                    .containsEntry("cancel_url", "https://news.example/support?article=41")
                    .containsEntry("metadata[frequency]", "one-off")
                    .containsEntry("metadata[article]", "41")
                    .containsEntry("metadata[display_name]", "Sam K.")
                    .doesNotContainKey("line_items[0][price_data][recurring][interval]");
        });
    }

    @Test
    void aMonthlyCheckoutAsksForASubscriptionRenewedEachMonth() throws Exception {
        donations.checkout(new DonationRequest(Frequency.MONTHLY, Money.ofMajor(10, "gbp"), null, null));

        assertThat(stripe.requests()).singleElement().satisfies(request -> assertThat(request.form())
                .containsEntry("mode", "subscription")
                .containsEntry("line_items[0][price_data][unit_amount]", "1000")
                .containsEntry("line_items[0][price_data][recurring][interval]", "month")
                .containsEntry("line_items[0][price_data][product_data][name]", "Monthly donation to Masthead")
                .containsEntry("cancel_url", "https://news.example/support")
                .containsEntry("metadata[frequency]", "monthly")
                .doesNotContainKey("metadata[article]")
                .doesNotContainKey("metadata[display_name]")
                .doesNotContainKey("submit_type"));
    }

    @Test
    void whenStripeIsDownTheReaderIsToldAndNothingIsKept() {
        stripe.failWith(500);

        assertThatExceptionOfType(PaymentUnavailable.class).isThrownBy(() -> donations
                .checkout(new DonationRequest(Frequency.ONE_OFF, Money.ofMajor(10, "gbp"), null, null)));
        assertThat(ledger.count()).isZero();
    }

    @Test
    void anArticlesAppealLineIsKeptAndCanBeRemoved(AssertablePublishedEvents events) {
        appealLines.set(41, "  This story took three months of council meetings.  ");

        assertThat(appealLines.lineFor(41)).hasValue("This story took three months of council meetings.");
        assertThat(appealLines.lineFor(42)).isEmpty();
        assertThat(events.ofType(AppealLineChanged.class)).containsExactly(new AppealLineChanged(41));

        appealLines.set(41, " ");

        assertThat(appealLines.lineFor(41)).isEmpty();
        assertThat(jdbc.sql("SELECT action FROM audit_entry ORDER BY id").query(String.class).list())
                .containsExactly("donations.appeal-line.set", "donations.appeal-line.removed");
    }

    private String first() {
        return invoicePaid("evt_m_2", "in_m_1", "sub_m_1", 1000, "subscription_create");
    }

    private void receive(String payload) throws WebhookRefused {
        assertThat(donations.receive(payload, signature(payload))).isEqualTo(WebhookOutcome.RECORDED);
    }
}
