package news.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import news.masthead.mail.MailStatus;
import news.masthead.mail.Postbox;
import news.masthead.mail.StoredMail;

/**
 * The sign-up forms and the contact page on the demo newsroom, with no SMTP server: mail is kept in
 * the outbox, and no page a reader can load shows a subscriber's address.
 */
@SystemTest
abstract class NewsletterAndContactSystemTests {

    static final String ARTICLE = "/articles/saltings-seawall-survey-findings";

    @LocalServerPort
    int port;

    @Autowired
    Postbox postbox;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    @Test
    void everyPageOffersTheNewsletterAndArticlesOfferItByTheAppeal() {
        for (var path : List.of("/", ARTICLE, "/about", "/contact", "/newsletter")) {
            var page = site.page(path);
            assertThat(page.select("footer.site-footer form.newsletter-box[action=/newsletter] input[name=email]")).as(path)
                    .hasSize(1);
        }
        var article = site.page(ARTICLE);
        assertThat(article.select(".appeal + form.newsletter-box--article input[name=website]")).hasSize(1);
    }

    @Test
    void aSignUpIsKeptInTheOutboxAndNoPublicPageShowsTheAddress() throws InterruptedException {
        var address = "quiet-reader@example.org";
        var answer = site.post("/newsletter", Map.of("email", address, "frequency", "DAILY", "website", ""));
        assertThat(answer.statusCode()).isEqualTo(302);
        var inbox = site.get(answer.headers().firstValue("Location").orElseThrow());
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("Check your inbox").doesNotContain(address);

        StoredMail kept = null;
        for (int i = 0; i < 100 && kept == null; i++) {
            kept = postbox.recent("subscription", 50).stream()
                    .filter(mail -> mail.to().equals(address) && mail.status() == MailStatus.KEPT).findFirst()
                    .orElse(null);
            Thread.sleep(100);
        }
        assertThat(kept).as("the confirmation, kept for staff to read").isNotNull();
        assertThat(kept.mail().text()).contains("/newsletter/confirm?token=");

        for (var path : List.of("/", ARTICLE, "/newsletter", "/contact", "/newsletter/check-your-inbox")) {
            assertThat(site.get(path).body()).as(path).doesNotContain(address).doesNotContain("quiet-reader");
        }
    }

    @Test
    void theContactPageKeepsTheNewsroomsWordsAboveTheForm() {
        var page = site.page("/contact");
        assertThat(page.select("article h1").text()).isNotBlank();
        assertThat(page.select("article form#contact-form input[name=name]")).hasSize(1);
        assertThat(page.select("article form#contact-form textarea[name=message]")).hasSize(1);
        assertThat(page.select("article > p").size()).as("the static page's text").isPositive();
        assertThat(site.page("/about").select("article h1").text()).isNotBlank();
    }
}
