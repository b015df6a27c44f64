package news.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Talks to the running site the way browsers and bots do: real HTTP/1.1 on a socket, no redirects
 * followed and no cookies kept, so that every response is seen exactly as sent.
 */
public final class SiteClient {

    private static final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final int port;
    private final URI base;

    public SiteClient(int port) {
        this.port = port;
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    public String base() {
        return base.toString();
    }

    public URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        var request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(encode(form))));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Fetches a page that must exist and parses it. */
    public Document page(String pathAndQuery) {
        var response = get(pathAndQuery);
        assertThat(response.statusCode()).as("GET " + pathAndQuery).isEqualTo(200);
        return parse(response);
    }

    public Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /**
     * Sends bytes exactly as given, for requests no well-behaved client would make. The request
     * should ask for {@code Connection: close}; the whole answer is read.
     */
    public RawResponse raw(String request) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
            }
            catch (IOException closedEarly) {
                // The server may answer and hang up before reading all of a request it refuses.
            }
            var answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            }
            catch (IOException reset) {
                // A reset after the answer was sent still leaves the answer to check.
            }
            return RawResponse.of(answer.toString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A response read off the socket: status line, headers and body as text. */
    public record RawResponse(int status, String head, String body) {

        static RawResponse of(String text) {
            assertThat(text).as("the server answered").startsWith("HTTP/1.1 ");
            int end = text.indexOf("\r\n\r\n");
            var head = end < 0 ? text : text.substring(0, end);
            var body = end < 0 ? "" : text.substring(end + 4);
            return new RawResponse(Integer.parseInt(head.substring(9, 12)), head, body);
        }
    }
}
