package news.masthead.newsletter;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.masthead.OnH2;
import news.masthead.system.SiteClient;

/**
 * The whole application on H2 with a real SMTP server ({@link Smtp}), an empty newsroom, and the
 * newsletter sender polling fast and unthrottled. Tests that read mail extend this, unchanged, so
 * they share one running application.
 */
@OnH2
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "masthead.demo.enabled=false",
        "masthead.base-url=",
        "masthead.mail.poll-every=200ms",
        "masthead.newsletter.poll-every=200ms",
        "masthead.newsletter.rate-per-second=0",
        "masthead.newsletter.digest-first-check-after=24h",
        "masthead.contact.to=newsroom@example.org",
        "management.server.port=0" })
public abstract class MailedSiteTest {

    @LocalServerPort
    protected int port;

    protected SiteClient site;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        Smtp.register(registry);
    }

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }
}
