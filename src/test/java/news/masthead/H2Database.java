package news.masthead;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a test context on the embedded H2 database, as a default installation does: a database
 * file in a data folder of the context's own, which also holds its media.
 */
public class H2Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var dataDir = DataDirectories.createFor(context);
        TestPropertyValues.of(
                "masthead.data-dir=" + dataDir,
                "spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("masthead")
                        + ";DATABASE_TO_LOWER=TRUE;DB_CLOSE_ON_EXIT=FALSE",
                "spring.datasource.username=sa",
                "spring.datasource.password=")
                .applyTo(context);
    }
}
