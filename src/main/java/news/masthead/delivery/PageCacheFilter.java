package news.masthead.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers public GETs from memory before the rest of the pipeline (security, MVC, templates) runs.
 * On a miss the page is rendered as usual and kept if it names what it shows (a
 * {@code Surrogate-Key} header), is a 200, and sets no cookie and no private cache rule. Requests
 * with other query parameters than {@code page}, such as a reader's pending-comment link, are
 * never answered from or stored in the cache.
 */
class PageCacheFilter extends OncePerRequestFilter {

    static final String SURROGATE_KEY = "Surrogate-Key";
    private static final Pattern CACHEABLE_QUERY = Pattern.compile("page=[1-9][0-9]{0,4}");
    private static final Set<String> PRIVATE_PREFIXES = Set.of("/admin", "/media/", "/assets/", "/error", "/actuator");
    /** Headers that belong to one answer, not to the page: they are made afresh for each. */
    private static final Set<String> PER_RESPONSE = Set.of("set-cookie", "content-length", "transfer-encoding", "date",
            "etag", "last-modified", "cache-control", "expires", "pragma", "vary", "content-encoding", "x-cache");

    private static final Duration RENDER_WAIT = Duration.ofSeconds(5);

    private final PageCache cache;
    private final DeliverySettings settings;
    private final ConcurrentHashMap<String, ReentrantLock> rendering = new ConcurrentHashMap<>();

    PageCacheFilter(PageCache cache, DeliverySettings settings) {
        this.cache = cache;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        var path = request.getRequestURI();
        for (var prefix : PRIVATE_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        var query = request.getQueryString();
        return (query != null && !CACHEABLE_QUERY.matcher(query).matches())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = key(request);
        if (answeredFromCache(key, request, response)) {
            return;
        }
        var turn = rendering.computeIfAbsent(key, k -> new ReentrantLock());
        if (turn.tryLock()) {
            try {
                render(key, request, response, chain);
            }
            finally {
                turn.unlock();
                rendering.remove(key, turn);
            }
            return;
        }
        awaitTurn(turn);
        if (answeredFromCache(key, request, response)) {
            return;
        }
        render(key, request, response, chain);
    }

    private boolean answeredFromCache(String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var cached = cache.get(key);
        if (cached == null) {
            return false;
        }
        response.setHeader("X-Cache", "hit");
        serve(cached, request, response);
        return true;
    }

    /**
     * When a popular page has just been evicted, many readers miss it at once: one renders it and
     * the others wait a moment for its result instead of all querying the database together. A
     * page that cannot be cached (an error) is then rendered by each, without waiting in line.
     */
    private static void awaitTurn(ReentrantLock turn) {
        try {
            if (turn.tryLock(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                turn.unlock();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long stamp = cache.stamp();
        var capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        var page = storable(capture);
        if (page == null) {
            capture.copyBodyToResponse();
            return;
        }
        cache.put(key, page, stamp);
        response.resetBuffer();
        response.setHeader("X-Cache", "miss");
        serve(page, request, response);
    }

    private static String key(HttpServletRequest request) {
        var query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private static @Nullable CachedPage storable(ContentCachingResponseWrapper response) {
        var keys = response.getHeader(SURROGATE_KEY);
        var cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        if (response.getStatus() != 200 || keys == null || response.getHeader(HttpHeaders.SET_COOKIE) != null
                || (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store")))) {
            return null;
        }
        var headers = new ArrayList<CachedPage.Header>();
        for (var name : response.getHeaderNames()) {
            if (!PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new CachedPage.Header(name, value)));
            }
        }
        var contentType = response.getContentType();
        if (contentType != null && headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Type"))) {
            headers.add(new CachedPage.Header("Content-Type", contentType));
        }
        var compressible = contentType != null && (contentType.startsWith("text/") || contentType.contains("xml")
                || contentType.contains("json"));
        var body = response.getContentAsByteArray();
        return CachedPage.of(body, headers, new LinkedHashSet<>(Arrays.asList(keys.split(" "))),
                System.currentTimeMillis() / 1000 * 1000, compressible);
    }

    private void serve(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var coding = page.coding(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        for (var header : page.headers()) {
            response.setHeader(header.name(), header.value());
        }
        response.setHeader(HttpHeaders.ETAG, page.etag(coding));
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
        response.setHeader(HttpHeaders.CACHE_CONTROL, settings.cacheControl());
        if (page.compressed()) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        if (notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        var body = page.body(coding);
        if (coding != ContentCoding.IDENTITY) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, coding.token());
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Any representation's tag matches: they are the same page, differently encoded. */
    private static boolean notModified(HttpServletRequest request, CachedPage page) {
        var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (var tag : ifNoneMatch.split(",")) {
                var candidate = tag.strip();
                if (candidate.equals("*") || candidate.equals(page.etag(ContentCoding.IDENTITY))
                        || candidate.equals(page.etag(ContentCoding.GZIP))
                        || candidate.equals(page.etag(ContentCoding.BROTLI))) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.lastModified() <= since;
        }
        catch (IllegalArgumentException unparseable) {
            return false;
        }
    }
}
