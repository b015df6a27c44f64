package news.masthead.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

import news.masthead.newsletter.MailedSiteTest;
import news.masthead.newsletter.Smtp;

/**
 * The contact form over HTTP with a real SMTP server: a message reaches the newsroom's inbox and
 * address, its sender gets a copy, and a refused form keeps every word.
 */
class ContactFormTests extends MailedSiteTest {

    @Autowired
    ContactManagement contact;

    @Test
    void aMessageReachesTheNewsroomAndItsSenderGetsACopy() throws Exception {
        var answer = site.post("/contact", Map.of("name", "Rhian Marsh", "email", "rhian@example.org",
                "subject", "Flooding on Mill Lane", "message", "The drain on Mill Lane has been blocked for a week.",
                "website", ""));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/contact?sent"));

        var newsroom = Smtp.await("newsroom@example.org", 1).stream()
                .filter(message -> subject(message).equals("[Contact] Flooding on Mill Lane")).findFirst().orElseThrow();
        assertThat(newsroom.getHeader("Reply-To")).containsExactly("rhian@example.org");
        assertThat(GreenMailUtil.getBody(newsroom)).contains("blocked for a week").contains("Rhian Marsh");
        var copy = Smtp.await("rhian@example.org", 1).getFirst();
        assertThat(copy.getSubject()).contains("Flooding on Mill Lane");
        assertThat(GreenMailUtil.getBody(copy)).contains("blocked for a week");

        assertThat(contact.recent(10)).anySatisfy(message -> {
            assertThat(message.subject()).isEqualTo("Flooding on Mill Lane");
            assertThat(message.spam()).isFalse();
        });
        var thanks = site.get("/contact?sent");
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(thanks.body()).contains("Your message has reached the newsroom").doesNotContain("rhian@example.org");
    }

    @Test
    void aRefusedFormComesBackWithEveryWordAndAMessagePerField() {
        var message = "A long letter about the harbour wall, with <b>angle brackets</b> & ampersands.\n\nSecond paragraph.";
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", "Owen Tide");
        fields.put("email", "owen at example");
        fields.put("subject", "");
        fields.put("message", message);
        var answer = site.post("/contact", fields);

        assertThat(answer.statusCode()).isEqualTo(422);
        var page = site.parse(answer);
        assertThat(page.select("input#name").val()).isEqualTo("Owen Tide");
        assertThat(page.select("input#email").val()).isEqualTo("owen at example");
        assertThat(page.select("textarea#message").first().wholeText()).isEqualTo(message);
        assertThat(page.select("#email-error").text()).contains("Please check your email address");
        assertThat(page.select("#subject-error").text()).contains("Please give your message a subject");
        assertThat(page.select("#name-error")).isEmpty();
        assertThat(page.select(".error-summary li")).hasSize(2);
    }

    @Test
    void aBotFillingTheHiddenFieldIsKeptAsSpamAndMailsNobody() throws Exception {
        var answer = site.post("/contact", Map.of("name", "Cheap Pills", "email", "bot-sender@example.org",
                "subject", "Offer", "message", "Buy now", "website", "http://pills.example"));
        assertThat(answer.statusCode()).isEqualTo(302);
        Thread.sleep(1000);
        assertThat(Smtp.to("bot-sender@example.org")).isEmpty();
        assertThat(contact.recent(10)).anySatisfy(message -> {
            assertThat(message.senderEmail()).isEqualTo("bot-sender@example.org");
            assertThat(message.spam()).isTrue();
        });
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
