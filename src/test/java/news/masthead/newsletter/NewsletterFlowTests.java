package news.masthead.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.NewArticle;

/**
 * A reader's whole life as a subscriber, through the site's pages and a real SMTP server: sign up,
 * confirm by mail, choose, receive an article, and leave with the one-click header.
 */
class NewsletterFlowTests extends MailedSiteTest {

    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+?/newsletter/confirm\\?token=([\\w-]+)");
    private static final Pattern MANAGE_LINK = Pattern.compile("/newsletter/preferences\\?\\S*?token=([\\w-]+)");
    private static final AtomicInteger articleNumber = new AtomicInteger();

    @Autowired
    ArticleManagement articles;

    @Autowired
    Subscribers subscribers;

    @Autowired
    SendQueue queue;

    @Test
    void subscribeConfirmReceiveAnArticleAndUnsubscribeInOneClick() throws Exception {
        var address = "flow@example.org";
        var signUp = site.post("/newsletter", Map.of("email", address, "frequency", "DAILY", "website", ""));
        assertThat(signUp.statusCode()).isEqualTo(302);
        assertThat(signUp.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/newsletter/check-your-inbox"));

        var confirmation = Smtp.await(address, 1).getFirst();
        assertThat(confirmation.getSubject()).startsWith("Please confirm your subscription");
        var token = find(CONFIRM_LINK, GreenMailUtil.getBody(confirmation));

        var confirmPage = site.get("/newsletter/confirm?token=" + token);
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(subscriber(address).status()).as("a link scanner's GET confirms nothing")
                .isEqualTo(SubscriberStatus.PENDING);
        var confirmed = site.post("/newsletter/confirm", Map.of("token", token));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(subscriber(address).status()).isEqualTo(SubscriberStatus.CONFIRMED);
        var manage = find(MANAGE_LINK, confirmed.headers().firstValue("Location").orElseThrow());

        var preferences = site.get("/newsletter/preferences?token=" + manage);
        assertThat(preferences.statusCode()).isEqualTo(200);
        assertThat(preferences.body()).contains("Your newsletter").doesNotContain(address);
        var saved = site.post("/newsletter/preferences", Map.of("token", manage, "frequency", "IMMEDIATE"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(subscriber(address).frequency()).isEqualTo(Frequency.IMMEDIATE);

        var headline = publishArticle();
        var newsletter = awaitSubject(address, headline);
        assertThat(newsletter.getContent()).isInstanceOf(MimeMultipart.class);
        var body = GreenMailUtil.getBody(newsletter);
        assertThat(body).contains("Forty households").contains("<h2>").contains("/newsletter/unsubscribe?token=");
        assertThat(newsletter.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        var unsubscribeHeader = newsletter.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribeHeader).startsWith("<" + site.base() + "/newsletter/unsubscribe?token=");

        // What a mail program does for RFC 8058: one POST to the header's address, with a fixed body.
        var unsubscribeUrl = unsubscribeHeader.substring(1, unsubscribeHeader.length() - 1);
        var oneClick = site.send(HttpRequest.newBuilder(URI.create(unsubscribeUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("You have unsubscribed").doesNotContain(address);
        assertThat(subscriber(address).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);

        int before = Smtp.to(address).size();
        var second = publishArticle();
        awaitSubject("watcher@example.org", second);
        assertThat(Smtp.to(address)).as("nothing after unsubscribing").hasSize(before);
    }

    @Test
    void signingUpTwiceLooksTheSameAndMailsOnlyTheAddressItself() throws Exception {
        var address = "twice@example.org";
        var first = site.post("/newsletter", Map.of("email", address));
        var second = site.post("/newsletter", Map.of("email", "  Twice@Example.org "));
        assertThat(second.statusCode()).isEqualTo(first.statusCode());
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(Smtp.await(address, 2)).hasSize(2);
        assertThat(subscribers.byEmail(address)).hasValueSatisfying(
                found -> assertThat(found.status()).isEqualTo(SubscriberStatus.PENDING));

        // Confirmed: signing up again answers the same, and the address gets its settings link instead.
        var token = find(CONFIRM_LINK, GreenMailUtil.getBody(Smtp.to(address).getLast()));
        site.post("/newsletter/confirm", Map.of("token", token));
        var again = site.post("/newsletter", Map.of("email", address));
        assertThat(again.statusCode()).isEqualTo(first.statusCode());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        var reminder = Smtp.await(address, 3).getLast();
        assertThat(reminder.getSubject()).startsWith("Your subscription to");
        assertThat(GreenMailUtil.getBody(reminder)).contains("/newsletter/preferences?token=");

        // Past the daily allowance, still the same answer, and no more mail.
        site.post("/newsletter", Map.of("email", address));
        Thread.sleep(1000);
        assertThat(Smtp.to(address)).hasSize(3);
    }

    @Test
    void aBotFillingTheHiddenFieldGetsTheSameAnswerAndNoMail() throws Exception {
        var address = "bot@example.org";
        var answer = site.post("/newsletter", Map.of("email", address, "website", "http://spam.example"));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/newsletter/check-your-inbox"));
        Thread.sleep(1000);
        assertThat(Smtp.to(address)).isEmpty();
        assertThat(subscribers.byEmail(address)).isEmpty();
    }

    @Test
    void aTamperedTokenChangesNothing() throws Exception {
        var address = "tamper@example.org";
        site.post("/newsletter", Map.of("email", address));
        var token = find(CONFIRM_LINK, GreenMailUtil.getBody(Smtp.await(address, 1).getFirst()));
        var other = subscriber("flow-other@example.org");
        var dash = token.indexOf('-');
        var signature = token.substring(dash + 1);
        var flipped = token.substring(0, dash + 1) + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        for (var forged : List.of(flipped, other.id() + "-" + signature, token + "x", "", "1-", "-x",
                "99999999999999999999-abc")) {
            var answer = site.post("/newsletter/confirm", Map.of("token", forged));
            assertThat(answer.statusCode()).as(forged).isEqualTo(404);
            assertThat(answer.body()).contains("This link is not valid");
        }
        assertThat(subscriber(address).status()).isEqualTo(SubscriberStatus.PENDING);
        assertThat(site.post("/newsletter/unsubscribe", Map.of("token", token)).statusCode())
                .as("a confirmation token does not unsubscribe").isEqualTo(404);
        assertThat(site.get("/newsletter/preferences?token=" + token).statusCode()).isEqualTo(404);
        assertThat(site.post("/newsletter/preferences", Map.of("token", flipped, "frequency", "WEEKLY")).statusCode())
                .isEqualTo(404);
        assertThat(subscriber(address).frequency()).isEqualTo(Frequency.DAILY);
    }

    @Test
    void aBadAddressComesBackWithTheTextAndAMessage() {
        var answer = site.post("/newsletter", Map.of("email", "not an address", "frequency", "WEEKLY"));
        assertThat(answer.statusCode()).isEqualTo(422);
        var page = site.parse(answer);
        assertThat(page.select("input#email").val()).isEqualTo("not an address");
        assertThat(page.select("#email-error").text()).contains("Please check your email address");
        assertThat(page.select("input[name=frequency][value=WEEKLY]").hasAttr("checked")).isTrue();
    }

    @Test
    void aDailyDigestGoesOnceToDailySubscribersWithTheDaysHeadlines() throws Exception {
        var address = "daily@example.org";
        subscribers.save(subscriber(address).confirm(Instant.now()));
        var headline = publishArticle();

        assertThat(queue.digest(Frequency.DAILY, Instant.now())).isEqualTo(QueueOutcome.QUEUED);
        assertThat(queue.digest(Frequency.DAILY, Instant.now())).isEqualTo(QueueOutcome.ALREADY_SENT);

        var digest = Smtp.await(address, 1).getFirst();
        assertThat(digest.getSubject()).startsWith("Today in");
        assertThat(GreenMailUtil.getBody(digest).replace("=\r\n", "")).contains(headline)
                .contains("/newsletter/unsubscribe?token=");
        assertThat(digest.getHeader("List-Unsubscribe")).hasSize(1);
    }

    private Subscriber subscriber(String address) {
        return subscribers.byEmail(address).orElseGet(() -> subscribers.save(
                Subscriber.signUp(address, Frequency.DAILY, Set.of(), Instant.now())));
    }

    private String publishArticle() {
        if (articles.section("local").isEmpty()) {
            articles.addSection("local", "Local", "News from the towns.");
            articles.addAuthor("reporter", "Ada Reporter", "Reporter", "");
            // Someone who wants every article, so a test can wait for a send to finish.
            var watcher = subscribers.save(Subscriber.signUp("watcher@example.org", Frequency.IMMEDIATE,
                    Set.of(), Instant.now()));
            subscribers.save(watcher.confirm(Instant.now()));
        }
        int n = articleNumber.incrementAndGet();
        var headline = "Storm floods Lower Town, part " + n;
        var id = articles.draft(new NewArticle("storm-floods-" + n, headline, "Forty households moved.",
                "Forty households were moved overnight.\n\nThe river rose [two metres](/articles/river).", "local",
                List.of("reporter"), List.of(), null));
        articles.publish(id, Instant.now());
        return headline;
    }

    private static MimeMessage awaitSubject(String address, String subject) throws Exception {
        for (int i = 0; i < 200; i++) {
            for (var message : Smtp.to(address)) {
                if (subject.equals(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No message \"" + subject + "\" reached " + address);
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text.replace("=\r\n", "").replace("=3D", "="));
        assertThat(matcher.find()).as("a link in: " + text).isTrue();
        return matcher.group(1);
    }
}
