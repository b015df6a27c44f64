package news.masthead.donations;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Donations with its database, Stripe keys set and Stripe's API played by {@link StripeStandIn}.
 * Every test class here shares this one configuration, so each database gets one context.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@TestPropertySource(properties = { "masthead.demo.enabled=false",
        "masthead.base-url=https://news.example",
        "masthead.donations.secret-key=" + DonationsTestSupport.SECRET_KEY,
        "masthead.donations.webhook-secret=" + StripeEventsFixture.WEBHOOK_SECRET,
        "masthead.donations.tolerance=5m" })
abstract class DonationsTestSupport {

    static final String SECRET_KEY = "sk_test_donations_fixture";
    static final StripeStandIn stripe = new StripeStandIn();

    @DynamicPropertySource
    static void stripeApi(DynamicPropertyRegistry registry) {
        registry.add("masthead.donations.api-base", stripe::base);
    }

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyLedger() {
        stripe.clear();
        jdbc.sql("DELETE FROM donation").update();
        jdbc.sql("DELETE FROM monthly_gift").update();
        jdbc.sql("DELETE FROM stripe_event").update();
        jdbc.sql("DELETE FROM appeal_line").update();
        jdbc.sql("DELETE FROM outgoing_mail").update();
        jdbc.sql("DELETE FROM audit_entry").update();
    }
}
