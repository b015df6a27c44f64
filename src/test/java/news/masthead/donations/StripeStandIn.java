package news.masthead.donations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays Stripe's API on a loopback port: it keeps every request Masthead sends and answers with
 * the few fields Masthead reads. Setting {@code masthead.donations.api-base} to {@link #base()}
 * sends the real client here.
 */
final class StripeStandIn implements AutoCloseable {

    static final String PAYMENT_PAGE = "https://checkout.stripe.test/c/pay/cs_test_standin";

    /** A request as it arrived, its form body decoded. */
    record Request(String method, String path, String authorization, Map<String, String> form) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    StripeStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    void clear() {
        requests.clear();
        failWith = 0;
    }

    /** Makes every later call fail with this HTTP status, as Stripe does when it is down. */
    void failWith(int status) {
        failWith = status;
    }

    private void answer(HttpExchange exchange) throws IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var path = exchange.getRequestURI().getPath();
        var auth = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(new Request(exchange.getRequestMethod(), path, auth == null ? "" : auth, decode(body)));
        int status;
        String json;
        if (failWith != 0) {
            status = failWith;
            json = "{\"error\":{\"type\":\"api_error\",\"message\":\"The stand-in is down\"}}";
        }
        else if (path.equals("/v1/checkout/sessions")) {
            status = 200;
            json = "{\"id\":\"cs_test_standin\",\"object\":\"checkout.session\",\"url\":\"" + PAYMENT_PAGE + "\"}";
        }
        else if (path.startsWith("/v1/subscriptions/")) {
            status = 200;
            json = "{\"id\":\"" + path.substring("/v1/subscriptions/".length())
                    + "\",\"object\":\"subscription\",\"status\":\"canceled\"}";
        }
        else {
            status = 404;
            json = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Unknown path\"}}";
        }
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_standin");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> decode(String body) {
        var form = new LinkedHashMap<String, String>();
        if (body.isEmpty()) {
            return form;
        }
        for (var pair : body.split("&")) {
            int equals = pair.indexOf('=');
            var name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            var value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
