package news.masthead.newsletter;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import news.masthead.MastheadApplication;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.NewArticle;

/**
 * How long the newsletter takes to queue and send one article to N confirmed subscribers (default
 * 100,000) through a local SMTP server ({@link SmtpSink}), with the application's own sender on
 * one node, unthrottled, on a fresh embedded database. Prints the figures and checks that every
 * subscriber got exactly one message. Run it with {@code bench/newsletter/run [N]}.
 */
public final class NewsletterBenchmark {

    public static void main(String[] args) throws Exception {
        int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        var dataDir = Files.createTempDirectory("masthead-newsletter-bench-");
        try (var sink = new SmtpSink()) {
            var settings = new ArrayList<>(List.of("--server.port=0",
                    "--management.server.port=0", "--masthead.data-dir=" + dataDir, "--masthead.demo.enabled=false",
                    "--logging.level.root=warn", "--logging.level.masthead.requests=warn",
                    "--masthead.mail.smtp.host=127.0.0.1", "--masthead.mail.smtp.port=" + sink.port(),
                    "--masthead.mail.smtp.tls=false", "--masthead.newsletter.send-on-publish=false",
                    "--masthead.newsletter.rate-per-second=0", "--masthead.newsletter.batch-size=500",
                    "--masthead.newsletter.poll-every=100ms"));
            // Further arguments are application settings, for experiments.
            settings.addAll(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
            var context = new SpringApplicationBuilder(MastheadApplication.class).run(settings.toArray(String[]::new));
            try (context) {
                var jdbc = context.getBean(JdbcClient.class);
                var articles = context.getBean(ArticleManagement.class);
                var queue = context.getBean(SendQueue.class);

                long started = System.nanoTime();
                var now = Instant.now().atOffset(ZoneOffset.UTC);
                jdbc.sql("""
                        INSERT INTO subscribers (email, status, frequency, sections, created_at, confirmed_at)
                        SELECT CONCAT('reader-', "X", '@example.org'), 'CONFIRMED', 'IMMEDIATE', '', :now, :now
                        FROM SYSTEM_RANGE(1, :n)""")
                        .param("now", now)
                        .param("n", subscribers)
                        .update();
                System.out.printf(Locale.ROOT, "subscribers: %,d inserted in %.1f s%n", subscribers, seconds(started));

                articles.addSection("local", "Local", "News from the towns.");
                articles.addAuthor("reporter", "Ada Reporter", "Reporter", "");
                var body = String.join("\n\n", Collections.nCopies(12,
                        "The river rose two metres overnight and forty households in Lower Town were moved to the"
                                + " leisure centre, where volunteers served breakfast until the water went down."));
                var id = articles.draft(new NewArticle("storm-floods-lower-town", "Storm floods Lower Town",
                        "Forty households were moved overnight.", body, "local", List.of("reporter"), List.of(), null));
                articles.publish(id, Instant.now());

                long queueStart = System.nanoTime();
                var outcome = queue.article("storm-floods-lower-town");
                double queued = seconds(queueStart);
                long sendStart = System.nanoTime();
                long left;
                do {
                    Thread.sleep(250);
                    left = jdbc.sql("SELECT COUNT(*) FROM newsletter_deliveries WHERE status IN ('QUEUED', 'CLAIMED', 'HANDED')")
                            .query(Long.class).single();
                }
                while (left > 0 && Duration.ofNanos(System.nanoTime() - sendStart).toMinutes() < 60);
                double sent = seconds(sendStart);
                long sentRows = jdbc.sql("SELECT COUNT(*) FROM newsletter_deliveries WHERE status = 'SENT'")
                        .query(Long.class).single();

                System.out.printf(Locale.ROOT, "queue: %s, %,d deliveries in %.2f s%n", outcome, sentRows + left, queued);
                System.out.printf(Locale.ROOT, "send: %,d sent, %,d left, %,d received by the SMTP server in %.1f s (%.0f messages/s)%n",
                        sentRows, left, sink.messages(), sent, sink.messages() / sent);
                System.out.printf(Locale.ROOT, "recipients with more than one message: %d%n", sink.duplicates());
                System.out.printf(Locale.ROOT, "total, queue and send: %.1f s%n", queued + sent);
            }
        }
        finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
