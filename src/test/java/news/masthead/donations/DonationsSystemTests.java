package news.masthead.donations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.stripe.net.Webhook;

import news.masthead.publishing.ArticleManagement;
import news.masthead.system.SiteClient;
import news.masthead.system.SystemTest;

/**
 * The demo site as a newsroom finds it before setting Stripe keys: the appeal under each article
 * leads to a Support page that says donations are not set up yet, with no way to pay at all.
 */
@SystemTest
abstract class DonationsSystemTests {

    private static final String ARTICLE = "/articles/saltings-seawall-survey-findings";

    @LocalServerPort
    int port;

    @Autowired
    ArticleManagement articles;
    @Autowired
    AppealLineStore appealLines;
    @Autowired
    StripeEvents stripeEvents;

    SiteClient site;

    @BeforeEach
    void client() {
        site = new SiteClient(port);
    }

    @Test
    void theAppealUnderAnArticleLeadsToTheSupportPageNamingTheArticle() {
        var article = articles.findPublished("saltings-seawall-survey-findings").orElseThrow();
        var appeal = site.page(ARTICLE).selectFirst("aside.appeal");

        var link = appeal.selectFirst("a.button").attr("href");
        assertThat(link).isEqualTo("/support?article=" + article.id());
        var support = site.page(link);
        assertThat(support.select(".support__article a").attr("href")).isEqualTo(ARTICLE);
        assertThat(site.page("/support?article=" + article.slug()).select(".support__article").text())
                .contains(article.headline());
        assertThat(site.page("/support?article=999999").select(".support__article")).isEmpty();
    }

    @Test
    void withoutKeysTheSupportPageSaysDonationsAreNotSetUpAndOffersNoWayToPay() {
        var response = site.get("/support");
        var page = site.parse(response);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.selectFirst("main h1").text()).isEqualTo("Support our journalism");
        assertThat(page.select("main").text()).contains("no paywall")
                .contains("Online donations are not set up yet");
        assertThat(page.select("main .support-off a[href=/contact]")).isNotEmpty();
        assertThat(page.select("main form")).isEmpty();
        assertThat(site.get("/support").headers().firstValue("X-Cache")).hasValue("hit");

        var posted = site.post("/support", Map.of("frequency", "one-off", "amount", "10"));
        assertThat(posted.statusCode()).isEqualTo(503);
        assertThat(posted.headers().firstValue("Location")).isEmpty();
        assertThat(posted.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(site.parse(posted).select("main form")).isEmpty();
    }

    @Test
    void withoutAWebhookSecretNoEventIsTaken() {
        var payload = StripeEventsFixture.oneOffCompleted("evt_sys_1", "cs_sys_1", 1000, "a@example.org", "A", "");
        var response = site.send(HttpRequest.newBuilder(site.uri("/donations/stripe-webhook"))
                .header("Content-Type", "application/json")
                .header("Stripe-Signature", StripeEventsFixture.signature(payload))
                .POST(HttpRequest.BodyPublishers.ofString(payload)));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void anEditorsAppealLineReachesTheCachedArticleAtOnce() {
        var article = articles.findPublished("saltings-seawall-survey-findings").orElseThrow();
        site.get(ARTICLE);
        assertThat(site.get(ARTICLE).headers().firstValue("X-Cache")).hasValue("hit");

        appealLines.set(article.id(), "Our reporter spent six weeks getting the survey released.");
        try {
            assertThat(site.page(ARTICLE).select("aside.appeal .appeal__line").text())
                    .isEqualTo("Our reporter spent six weeks getting the survey released.");
        }
        finally {
            appealLines.set(article.id(), "");
        }
        assertThat(site.page(ARTICLE).select("aside.appeal .appeal__line")).isEmpty();
    }

    @Test
    void aNamedDonationReachesTheCachedSupportersPageAtOnce() {
        site.get("/supporters");
        assertThat(site.get("/supporters").headers().firstValue("X-Cache")).hasValue("hit");

        // Straight to the handler: this site has no webhook secret, so no request could be signed.
        stripeEvents.handle(Webhook.constructEventWithoutVerification(StripeEventsFixture.oneOffCompleted(
                "evt_sys_named", "cs_sys_named", 1000, "wren@example.org", "Wren Tallis",
                "\"display_name\":\"Wren from Quay Street\"")));

        var response = site.get("/supporters");
        assertThat(site.parse(response).select("ul.supporters li").eachText()).contains("Wren from Quay Street");
        assertThat(response.body()).doesNotContain("wren@example.org").doesNotContain("Wren Tallis");
    }

    @Test
    void theSupportersPageIsThereBeforeAnyoneIsNamed() {
        var page = site.page("/supporters");

        assertThat(page.selectFirst("main h1").text()).isEqualTo("Our supporters");
        assertThat(page.select("main a[href=/support]")).isNotEmpty();
    }
}
