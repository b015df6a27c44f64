package news.masthead;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a test context on the embedded H2 database, as a default installation does, with the same
 * settings: a database file in a data folder of the context's own, which also holds its media.
 */
public class H2Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var dataDir = DataDirectories.createFor(context);
        TestPropertyValues.of(
                "masthead.data-dir=" + dataDir,
                "spring.datasource.url=${masthead.embedded-database-url}",
                "spring.datasource.username=sa",
                "spring.datasource.password=")
                .applyTo(context);
    }
}
