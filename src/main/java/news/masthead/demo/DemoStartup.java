package news.masthead.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo newsroom on the first start of an empty site, unless turned off. */
@Component
@Order(0)
@ConditionalOnBooleanProperty(name = "masthead.demo.enabled", matchIfMissing = true)
class DemoStartup implements ApplicationRunner {

    private final DemoContent content;

    DemoStartup(DemoContent content) {
        this.content = content;
    }

    @Override
    public void run(ApplicationArguments args) {
        content.loadIfEmpty();
    }
}
