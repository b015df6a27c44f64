package news.masthead.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import org.springframework.test.context.DynamicPropertyRegistry;

/** An empty data folder (database, media) per test context, and a site without the demo content. */
final class TestDataFolder {

    private TestDataFolder() {
    }

    static void register(DynamicPropertyRegistry registry) {
        try {
            var folder = Files.createTempDirectory("masthead-accounts-");
            folder.toFile().deleteOnExit();
            registry.add("masthead.data-dir", folder::toString);
            registry.add("masthead.demo.enabled", () -> "false");
            registry.add("management.server.port", () -> "0");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
