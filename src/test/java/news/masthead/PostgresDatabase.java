package news.masthead;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a test context on a fresh database in the test run's PostgreSQL server, with a data folder
 * of its own for media.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "masthead.data-dir=" + DataDirectories.createFor(context),
                "spring.datasource.url=" + PostgresServer.createDatabaseFor(context),
                "spring.datasource.username=" + PostgresServer.USER,
                "spring.datasource.password=")
                .applyTo(context);
    }
}
