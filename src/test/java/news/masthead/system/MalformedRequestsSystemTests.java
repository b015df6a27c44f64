package news.masthead.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What bots, scanners and broken clients send. Each gets a client error (4xx), never a server
 * error, and no answer gives away the insides of the application.
 */
@SystemTest
abstract class MalformedRequestsSystemTests {

    private static final String ARTICLE = "/articles/saltings-seawall-survey-findings";
    private static final String COMMENTS = ARTICLE + "/comments";
    private static final String FORM = "application/x-www-form-urlencoded";
    /** Any client error will do where the exact one is the server's choice. */
    private static final int ANY_CLIENT_ERROR = 0;

    @LocalServerPort
    int port;

    SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(port);
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                refused("DELETE on the front page", request("DELETE", "/"), 405),
                refused("PUT on an article", request("PUT", ARTICLE, "Content-Type: " + FORM, "a=b"), 405),
                refused("POST to the front page", request("POST", "/", "Content-Type: " + FORM, "a=b"), 405),
                refused("PATCH on a section", request("PATCH", "/sections/local"), 405),
                refused("GET on the comment form's target", request("GET", COMMENTS), 405),
                refused("TRACE", request("TRACE", "/"), 405),
                refused("a made-up method", request("FROB", "/"), ANY_CLIENT_ERROR),
                refused("a page number too big for a number", request("GET", "/?page=99999999999999999999"), 400),
                refused("a page number as a word", request("GET", "/sections/local?page=two"), 400),
                refused("the largest page number", request("GET", "/?page=2147483647"), 404),
                refused("a negative page number", request("GET", "/tags/council?page=-3"), 404),
                refused("a comment id that is not a number",
                        request("GET", ARTICLE + "?unapproved=abc&moderation-hash=x"), 400),
                refused("a comment id too big for a number",
                        request("GET", ARTICLE + "?unapproved=99999999999999999999999&moderation-hash=x"), 400),
                refused("bad percent-encoding in the path", request("GET", "/articles/%zz"), 400),
                refused("cut-off percent-encoding in the path", request("GET", "/articles/abc%E"), 400),
                refused("bad percent-encoding in the query", request("GET", "/?page=%zz"), 400),
                refused("an encoded NUL", request("GET", "/articles/a%00b"), ANY_CLIENT_ERROR),
                refused("an encoded path traversal", request("GET", "/articles/..%2F..%2Fetc%2Fpasswd"),
                        ANY_CLIENT_ERROR),
                refused("a path traversal", request("GET", "/assets/../../../etc/passwd"), ANY_CLIENT_ERROR),
                refused("an encoded backslash", request("GET", "/articles/a%5Cb"), ANY_CLIENT_ERROR),
                refused("a path parameter", request("GET", "/articles/a;jsessionid=0123"), ANY_CLIENT_ERROR),
                refused("markup as a tag", request("GET", "/tags/%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
                        ANY_CLIENT_ERROR),
                refused("an overlong slug", request("GET", "/articles/" + "a".repeat(300)), 404),
                refused("a URL longer than any header allows", request("GET", "/?q=" + "a".repeat(20_000)),
                        ANY_CLIENT_ERROR),
                refused("no Host header", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n", 400),
                refused("JSON wanted from a missing page", request("GET", "/no-such-page", "Accept: application/json"),
                        ANY_CLIENT_ERROR),
                refused("a comment with no fields", request("POST", COMMENTS, "Content-Type: " + FORM, ""), 422),
                refused("a comment sent as JSON",
                        request("POST", COMMENTS, "Content-Type: application/json", "{\"comment\":\"Hello\"}"),
                        ANY_CLIENT_ERROR),
                refused("a comment in broken multipart",
                        request("POST", COMMENTS, "Content-Type: multipart/form-data; boundary=zzz", "--zzz\r\nnope"),
                        400),
                refused("a comment with bad percent-encoding",
                        request("POST", COMMENTS, "Content-Type: " + FORM,
                                "comment=%zz&author=Pat&email=pat%40example.net"),
                        400),
                refused("a comment form over the size limit",
                        request("POST", COMMENTS, "Content-Type: " + FORM,
                                "author=Pat&email=pat%40example.net&comment=" + "a".repeat(300 * 1024)),
                        413),
                refused("a comment form with thousands of fields",
                        request("POST", COMMENTS, "Content-Type: " + FORM, "a=1&".repeat(20_000) + "comment=x"),
                        400),
                refused("a comment on a missing article", request("POST", "/articles/no-such-story/comments",
                        "Content-Type: " + FORM, "comment=Hi&author=Pat&email=pat%40example.net"), 404),
                refused("broken chunked encoding",
                        request("POST", COMMENTS, "Content-Type: " + FORM, "Transfer-Encoding: chunked", null)
                                + "zz\r\nnot a chunk\r\n\r\n",
                        400),
                refused("both a length and chunked encoding", "POST " + COMMENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\nContent-Type: " + FORM + "\r\nContent-Length: 4\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n", ANY_CLIENT_ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void isAClientErrorThatRevealsNothing(String description, String request, int expected) {
        var response = site.raw(request);

        if (expected == ANY_CLIENT_ERROR) {
            assertThat(response.status()).as(description).isBetween(400, 499);
        }
        else {
            assertThat(response.status()).as(description).isEqualTo(expected);
        }
        assertThat(response.head() + response.body()).as(description)
                .doesNotContain("at news.masthead", "Exception", "at org.", "at java.", "springframework",
                        "Apache Tomcat/");
    }

    private static Arguments refused(String description, String request, int status) {
        return Arguments.of(description, request, status);
    }

    /** An HTTP/1.1 request; the last argument is the body, or null to write none and no length. */
    private static String request(String method, String target, String... headersAndBody) {
        var request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        if (headersAndBody.length == 0) {
            return request.append("\r\n").toString();
        }
        for (int i = 0; i < headersAndBody.length - 1; i++) {
            request.append(headersAndBody[i]).append("\r\n");
        }
        var body = headersAndBody[headersAndBody.length - 1];
        if (body == null) {
            return request.append("\r\n").toString();
        }
        return request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length)
                .append("\r\n\r\n").append(body).toString();
    }
}
