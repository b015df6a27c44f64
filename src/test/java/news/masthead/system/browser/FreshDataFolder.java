package news.masthead.system.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Points the site at an empty data folder, so the demo newsroom loads afresh and nothing from a
 * developer's {@code ./data} or an earlier run leaks in. The folder goes when the test JVM exits.
 */
class FreshDataFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var folder = create();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fresh-data-folder",
                Map.of("masthead.data-dir", folder.toString())));
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("remove-site-data").unstarted(() -> {
            // The test framework closes the site from its own hook; closing here as well waits for
            // that, so the database has been told to close before its files go.
            context.close();
            remove(folder);
        }));
    }

    private static Path create() {
        try {
            return Files.createTempDirectory("masthead-site-").toRealPath();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        }
        catch (IOException e) {
            // a folder left in the temporary directory harms nothing
        }
    }
}
