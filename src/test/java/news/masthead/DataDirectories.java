package news.masthead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fresh data folders (database file, media) for test contexts, so that no test sees another's
 * files or a developer's {@code ./data}.
 */
public final class DataDirectories {

    private DataDirectories() {
    }

    /**
     * Makes a folder for the context and removes it when the context closes. Registered before any
     * bean exists, the removal runs after every bean, the database included, has shut down.
     */
    public static Path createFor(ConfigurableApplicationContext context) {
        var directory = create();
        ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("testDataDirectoryRemoval", () -> remove(directory));
        return directory;
    }

    private static Path create() {
        try {
            return Files.createTempDirectory("masthead-test-").toRealPath();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException | UncheckedIOException e) {
            // a leftover folder in the temporary directory is harmless
        }
    }
}
