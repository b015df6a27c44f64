package news.masthead.system.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, with the demo newsroom loaded into a data folder of its
 * own. Every class in this package carries exactly this configuration, so they share one site.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "management.server.port=0", "masthead.demo.enabled=true",
                // As in SystemTest: every client here sends from this address, and types at machine speed.
                "masthead.moderation.shared-addresses=127.0.0.1", "masthead.moderation.tokens.min-age=0s" })
@ContextConfiguration(initializers = FreshDataFolder.class)
@interface DemoSite {

    /** The demo's newest story, which leads the front page. */
    String LEAD_PATH = "/articles/storm-floods-lower-town";

    String LEAD_HEADLINE = "Overnight storm floods Lower Town and closes Alder Bridge";
}
