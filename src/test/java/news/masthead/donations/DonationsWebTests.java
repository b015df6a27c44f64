package news.masthead.donations;

import static news.masthead.donations.StripeEventsFixture.monthlyCompleted;
import static news.masthead.donations.StripeEventsFixture.oneOffCompleted;
import static news.masthead.donations.StripeEventsFixture.signature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import news.masthead.OnH2;

/** The Support form, the webhook endpoint, the cancel pages and the admin ledger over HTTP. */
@OnH2
class DonationsWebTests extends DonationsTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    DonationBook book;
    @Autowired
    CancelLinks cancelLinks;

    @Test
    void theSupportPageOffersEveryWayToGiveAndIsTheSameForEveryone() throws Exception {
        var response = mvc.perform(get("/support")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Surrogate-Key")).contains("page-support");
        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(String.valueOf(response.getHeader("Cache-Control"))).doesNotContain("private", "no-store");
        var form = Jsoup.parse(response.getContentAsString()).selectFirst("form#donate");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/support#donate");
        assertThat(form.select("input[name=frequency]").eachAttr("value")).containsExactly("one-off", "monthly");
        assertThat(form.select("input[name=amount]").eachAttr("value")).containsExactly("5", "10", "25", "50");
        assertThat(form.select("input[name=amount]").parents().select("label").eachText())
                .contains("£5", "£10", "£25", "£50");
        assertThat(form.select("input[name=amount][checked]").attr("value")).isEqualTo("10");
        assertThat(form.select("input[name=other], input[name=name], input[name=named][type=checkbox]")).hasSize(3);
        assertThat(form.select("script")).isEmpty();
    }

    @Test
    void aCompleteFormGoesToStripesPaymentPage() throws Exception {
        var response = mvc.perform(post("/support").param("frequency", "monthly").param("amount", "25")
                .param("other", "").param("article", "")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo(StripeStandIn.PAYMENT_PAGE);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(stripe.requests()).singleElement().satisfies(request -> assertThat(request.form())
                .containsEntry("mode", "subscription")
                .containsEntry("line_items[0][price_data][unit_amount]", "2500"));
    }

    @Test
    void aReadersOwnAmountWinsOverThePresetAndTheirNameGoesWithIt() throws Exception {
        mvc.perform(post("/support").param("frequency", "one-off").param("amount", "10").param("other", "12.50")
                .param("name", "Ann of Quay Street").param("named", "yes"));

        assertThat(stripe.requests()).singleElement().satisfies(request -> assertThat(request.form())
                .containsEntry("mode", "payment")
                .containsEntry("line_items[0][price_data][unit_amount]", "1250")
                .containsEntry("metadata[display_name]", "Ann of Quay Street"));
    }

    @Test
    void aRefusedFormComesBackAsTypedWithAMessagePerField() throws Exception {
        var response = mvc.perform(post("/support").param("frequency", "monthly").param("other", "12,5abc")
                .param("name", "").param("named", "yes")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.selectFirst("input[name=other]").attr("value")).isEqualTo("12,5abc");
        assertThat(page.selectFirst("input[name=frequency][value=monthly]").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("input[name=named]").hasAttr("checked")).isTrue();
        assertThat(page.select(".error-summary li").eachText()).containsExactly(
                "Enter an amount in numbers, such as 15 or 15.50.",
                "Enter the name to show, or untick the box to stay unnamed.");

        assertThat(refusal("1")).contains("The smallest gift we can take is £2.00.");
        assertThat(refusal("5000.01")).contains("For gifts above £5,000.00, please get in touch with us instead.");
        assertThat(refusal("10.555")).contains("Enter an amount in numbers");
        assertThat(mvc.perform(post("/support").param("amount", "7")).andReturn().getResponse().getStatus())
                .as("only the offered presets").isEqualTo(422);
        assertThat(stripe.requests()).isEmpty();
    }

    @Test
    void whenStripeIsDownTheFormComesBackWithAnApology() throws Exception {
        stripe.failWith(500);

        var response = mvc.perform(post("/support").param("amount", "10").param("other", "30"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Location")).isNull();
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".error-summary").text()).contains("Nothing was charged");
        assertThat(page.selectFirst("input[name=other]").attr("value")).isEqualTo("30");
    }

    @Test
    void theWebhookEndpointAnswersStripeAndRefusesForgeries() throws Exception {
        var payload = oneOffCompleted("evt_w_1", "cs_w_1", 2000, "kit@example.org", "Kit", "");

        assertThat(webhook(payload, signature(payload, Instant.now(), "whsec_wrong")).getStatus())
                .isEqualTo(400);
        assertThat(book.count()).isZero();
        var accepted = webhook(payload, signature(payload));
        assertThat(accepted.getStatus()).isEqualTo(200);
        assertThat(accepted.getContentAsString()).isEqualTo("RECORDED\n");
        assertThat(webhook(payload, signature(payload)).getContentAsString()).isEqualTo("ALREADY_SEEN\n");
        assertThat(book.count()).isOne();
    }

    @Test
    void theCancelLinkAsksFirstThenStopsTheGift() throws Exception {
        var payload = monthlyCompleted("evt_x_1", "cs_x_1", "sub_x_1", "in_x_1", 500, "lee@example.org", "Lee", "");
        webhook(payload, signature(payload));
        var gift = book.giftBySubscription("sub_x_1").orElseThrow();
        var token = cancelLinks.token(gift);

        var tampered = mvc.perform(get("/support/cancel").param("gift", String.valueOf(gift.id()))
                .param("token", token.substring(1))).andReturn().getResponse();
        assertThat(tampered.getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/support/cancel").param("gift", String.valueOf(gift.id()))
                .param("token", "x" + token)).andReturn().getResponse().getStatus()).isEqualTo(404);
        var asked = mvc.perform(get(cancelLinks.path(gift))).andReturn().getResponse();
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(asked.getContentAsString()).contains("You give £5.00 a month");
        assertThat(stripe.requests()).isEmpty();
        assertThat(book.gift(gift.id()).orElseThrow().active()).isTrue();

        var stopped = mvc.perform(post("/support/cancel").param("gift", String.valueOf(gift.id()))
                .param("token", token)).andReturn().getResponse();

        assertThat(stopped.getStatus()).isEqualTo(200);
        assertThat(stopped.getContentAsString()).contains("Your monthly donation has stopped");
        assertThat(stripe.requests()).extracting(StripeStandIn.Request::path).containsExactly("/v1/subscriptions/sub_x_1");
        assertThat(book.gift(gift.id()).orElseThrow().active()).isFalse();
    }

    @Test
    void theLedgerShowsDonorsToStaffWhoMaySeeThemAndExportsSafely() throws Exception {
        var payload = oneOffCompleted("evt_l_1", "cs_l_1", 2500, "mo@example.org", "=HYPERLINK(1)",
                "\"display_name\":\"@Mo\",\"article\":\"41\"");
        webhook(payload, signature(payload));

        var ledger = mvc.perform(get("/admin/donations").with(user("ed@example.org").authorities(
                () -> "VIEW_DONATIONS"))).andReturn().getResponse();
        assertThat(ledger.getStatus()).isEqualTo(200);
        assertThat(ledger.getContentAsString()).contains("mo@example.org").contains("£25.00")
                .contains("Article #41 (no longer published)");
        assertThat(mvc.perform(get("/admin/donations").with(user("mod@example.org").authorities(
                () -> "MODERATE_COMMENTS"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/admin/donations/export.csv")).andReturn().getResponse().getStatus())
                .isEqualTo(302);

        var csv = mvc.perform(get("/admin/donations/export.csv").with(user("ed@example.org").authorities(
                () -> "VIEW_DONATIONS"))).andReturn().getResponse();

        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment;");
        var lines = csv.getContentAsString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("date,amount,currency,kind,donor name,donor email");
        assertThat(lines[1]).contains(",25.00,GBP,one-off,'=HYPERLINK(1),mo@example.org,'@Mo,#41,cs_l_1");
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'donations.exported'").query(String.class)
                .list()).containsExactly("ed@example.org");
    }

    @Test
    void theSupportersPageNamesOnlyThoseWhoAskedAndNeverShowsAnEmail() throws Exception {
        var named = oneOffCompleted("evt_s_1", "cs_s_1", 1000, "named@example.org", "Nia Pol",
                "\"display_name\":\"Nia from the Saltings\"");
        var quiet = oneOffCompleted("evt_s_2", "cs_s_2", 1000, "quiet@example.org", "Quiet Reader", "");
        webhook(named, signature(named));
        webhook(quiet, signature(quiet));

        var response = mvc.perform(get("/supporters")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Surrogate-Key")).contains("supporters");
        var page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("ul.supporters li").eachText()).containsExactly("Nia from the Saltings");
        assertThat(response.getContentAsString()).doesNotContain("@example.org").doesNotContain("Quiet Reader")
                .doesNotContain("Nia Pol");
    }

    @Test
    void appealLinesAreForStaffWhoManageTheSettings() throws Exception {
        var settings = user("ed@example.org").authorities(() -> "MANAGE_SETTINGS");

        assertThat(mvc.perform(get("/admin/donations/appeals").with(settings)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/admin/donations/appeals").with(user("v@example.org").authorities(
                () -> "VIEW_DONATIONS"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        var refused = mvc.perform(post("/admin/donations/appeals").with(settings).with(csrf())
                .param("articleId", "999999").param("line", "Three months of council minutes."))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("That article is not published.");
        assertThat(mvc.perform(post("/admin/donations/appeals").with(settings)
                .param("articleId", "999999").param("line", "x")).andReturn().getResponse().getStatus())
                .as("without the CSRF token").isEqualTo(403);
    }

    @Test
    void everyDonationPageIsValidHtml() throws Exception {
        var payload = monthlyCompleted("evt_h_1", "cs_h_1", "sub_h_1", "in_h_1", 500, "h@example.org", "Hal",
                "\"display_name\":\"Hal\"");
        webhook(payload, signature(payload));
        var gift = book.giftBySubscription("sub_h_1").orElseThrow();
        var staff = user("ed@example.org").authorities(() -> "VIEW_DONATIONS", () -> "MANAGE_SETTINGS");
        var checker = new HtmlChecker();
        var pages = Map.of(
                "/support", mvc.perform(get("/support")).andReturn().getResponse(),
                "refused form", mvc.perform(post("/support").param("other", "x").param("named", "yes"))
                        .andReturn().getResponse(),
                "/support/thanks", mvc.perform(get("/support/thanks")).andReturn().getResponse(),
                "/supporters", mvc.perform(get("/supporters")).andReturn().getResponse(),
                "cancel question", mvc.perform(get(cancelLinks.path(gift))).andReturn().getResponse(),
                "/admin/donations", mvc.perform(get("/admin/donations").with(staff)).andReturn().getResponse(),
                "/admin/donations/appeals", mvc.perform(get("/admin/donations/appeals").with(staff)).andReturn()
                        .getResponse());

        assertThat(checker.errorsIn("<!DOCTYPE html><html lang=en><title>t</title><p><input name>".getBytes()))
                .as("the checker finds faults").isNotEmpty();
        for (var page : pages.entrySet()) {
            assertThat(checker.errorsIn(page.getValue().getContentAsByteArray())).as(page.getKey()).isEmpty();
        }
    }

    private String refusal(String amount) throws Exception {
        var response = mvc.perform(post("/support").param("amount", "10").param("other", amount)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        return Jsoup.parse(response.getContentAsString()).select(".error-summary").text();
    }

    private MockHttpServletResponse webhook(String payload, String signature) throws Exception {
        return mvc.perform(post("/donations/stripe-webhook").contentType(MediaType.APPLICATION_JSON)
                .header("Stripe-Signature", signature).content(payload)).andReturn().getResponse();
    }
}
