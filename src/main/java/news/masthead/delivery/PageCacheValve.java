package news.masthead.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/**
 * Answers page-cache hits inside Tomcat, before the servlet filter chain is built. A hit then costs
 * none of the filters in front of the page cache filter (request metrics, character encoding) and
 * no encoding of header values into bytes: a stored page keeps every header in the bytes that go
 * over the wire. Anything else, misses included, goes on to the filters, where
 * {@link PageCacheFilter} renders and stores pages and answers hits on servers other than Tomcat.
 * Hits are counted in {@link PageCacheMetrics}; a line per hit in the request log, written on the
 * {@code masthead.requests.hits} logger, is off by default (see application.yaml), since writing it
 * costs about a quarter of a hit's CPU time.
 */
class PageCacheValve extends ValveBase {

    /** Under the request log, so that it follows that log's settings unless set apart. */
    private static final Logger hits = LoggerFactory.getLogger("masthead.requests.hits");
    private static final byte[] X_CACHE = "X-Cache".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] HIT = "hit".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] DATE = "Date".getBytes(StandardCharsets.ISO_8859_1);

    private final PageCache cache;
    private final PageCacheMetrics metrics;

    PageCacheValve(PageCache cache, PageCacheMetrics metrics) {
        super(true);
        this.cache = cache;
        this.metrics = metrics;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        var key = PageCacheFilter.keyOf(request);
        var page = key == null ? null : cache.get(key);
        if (page == null) {
            getNext().invoke(request, response);
            return;
        }
        long started = System.nanoTime();
        var representation = page.representation(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        var notModified = PageCacheFilter.notModified(request, page);
        var headers = response.getCoyoteResponse().getMimeHeaders();
        add(headers, X_CACHE, HIT);
        for (var header : notModified ? representation.notModifiedHeaders() : representation.headers()) {
            add(headers, header.nameBytes(), header.valueBytes());
        }
        add(headers, DATE, HttpDates.now());
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        else {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentLength(representation.body().length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(representation.body());
            }
        }
        metrics.served(notModified);
        if (hits.isInfoEnabled()) {
            hits.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void add(MimeHeaders headers, byte[] name, byte[] value) {
        headers.addValue(name, 0, name.length).setBytes(value, 0, value.length);
    }
}
