package news.masthead.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import news.masthead.OnH2;

/** Queued mail reaches a real SMTP server (GreenMail), with its alternative parts and headers. */
@OnH2
@ApplicationModuleTest
@TestPropertySource(properties = {"masthead.demo.enabled=false", "masthead.mail.poll-every=100ms"})
class MailDeliveryTests {

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    Postbox postbox;

    @Test
    void aQueuedMessageIsDeliveredWithBothPartsAndItsHeaders() throws Exception {
        long id = postbox.send(OutgoingMail.of("reader@example.org", "Please confirm your subscription",
                "Confirm here: https://news.example/confirm", "newsletter")
                .withHtml("<p>Confirm <a href=\"https://news.example/confirm\">here</a></p>")
                .withHeader("List-Unsubscribe", "<https://news.example/unsubscribe>"));

        assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
        var message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("reader@example.org");
        assertThat(message.getSubject()).isEqualTo("Please confirm your subscription");
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<https://news.example/unsubscribe>");
        assertThat(message.getContent()).isInstanceOf(MimeMultipart.class);
        assertThat(GreenMailUtil.getBody(message)).contains("Confirm here")
                .contains("<a href=");

        awaitStatus(id, MailStatus.SENT);
    }

    private void awaitStatus(long id, MailStatus status) throws InterruptedException {
        for (int i = 0; i < 100 && postbox.find(id).orElseThrow().status() != status; i++) {
            Thread.sleep(50);
        }
        assertThat(postbox.find(id).orElseThrow().status()).isEqualTo(status);
    }
}
