package news.masthead.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port with the demo newsroom loaded, its management server on
 * another random port. Every system test uses exactly this configuration, so each database gets
 * one running application shared by all of them; add {@code @OnH2} or {@code @OnPostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "masthead.demo.enabled=true",
        "masthead.base-url=",
        "masthead.comments.max-length=" + SystemTest.COMMENT_MAX_LENGTH,
        // Every test client sends from here: flood control and the form token's minimum age are
        // tested from another address and in the moderation module's own tests.
        "masthead.moderation.shared-addresses=127.0.0.1",
        "masthead.moderation.tokens.min-age=0s",
        "management.server.port=0" })
public @interface SystemTest {

    /** Smaller than the default, so that the limit is cheap to exceed. */
    int COMMENT_MAX_LENGTH = 2000;
}
