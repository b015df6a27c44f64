package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The Akismet connector against a local server that answers as Akismet's comment-check does. */
class AkismetCheckTests {

    private HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>("false");
    private final AtomicReference<String> proTip = new AtomicReference<>();
    private final AtomicReference<String> received = new AtomicReference<>();
    private AkismetCheck check;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/1.1/comment-check", exchange -> {
            received.set(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
            if (proTip.get() != null) {
                exchange.getResponseHeaders().add("X-akismet-pro-tip", proTip.get());
            }
            var body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        check = new AkismetCheck(new ModerationSettings.Akismet("test-key", "https://news.example.org",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/1.1/", Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheDocumentedFieldsAndCountsANoInTheCommentsFavour() {
        var finding = check.check(arrival());

        assertThat(finding.reason().score()).isNegative();
        assertThat(received.get()).contains("api_key=test-key", "blog=https://news.example.org", "user_ip=198.51.100.7",
                "comment_type=comment", "comment_author=Jo Reader", "comment_author_email=jo@example.net",
                "comment_content=Which bridge?");
    }

    @Test
    void spamIsSpamAndTheDiscardTipMakesItCertain() {
        answer.set("true");
        assertThat(check.check(arrival()).reason().score()).isEqualTo(4);

        proTip.set("discard");
        assertThat(check.check(arrival()).reason().score()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void anAnswerThatIsNeitherYesNorNoIsACheckThatCouldNotRun() {
        answer.set("invalid");
        assertThatThrownBy(() -> check.check(arrival())).hasMessageContaining("invalid");

        server.stop(0);
        assertThatThrownBy(() -> check.check(arrival())).isInstanceOf(IllegalStateException.class);
    }

    private static Arrival arrival() {
        return new Arrival("article-1", new Submission("Jo Reader", "jo@example.net", "", "Which bridge?"),
                "198.51.100.7", "Mozilla/5.0", Map.of(), Instant.parse("2026-11-27T12:00:00Z"));
    }
}
