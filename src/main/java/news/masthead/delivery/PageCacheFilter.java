package news.masthead.delivery;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
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
 * never answered from or stored in the cache. On Tomcat, {@link PageCacheValve} answers hits even
 * earlier; hits still reach this filter on other servers and while a page is being rendered.
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
        return keyOf(request) == null;
    }

    /**
     * The cache key of a request whose answer may come from or go into the cache, or null for any
     * other: a GET or HEAD for a public path, with no query but a page number and no credentials.
     */
    static @Nullable String keyOf(HttpServletRequest request) {
        var method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        var path = request.getRequestURI();
        for (var prefix : PRIVATE_PREFIXES) {
            if (path.startsWith(prefix)) {
                return null;
            }
        }
        var query = request.getQueryString();
        if ((query != null && !CACHEABLE_QUERY.matcher(query).matches())
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = Objects.requireNonNull(keyOf(request));
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
        serve(cached, "hit", request, response);
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
        var page = storable(capture, settings.cacheControl());
        if (page == null) {
            capture.copyBodyToResponse();
            return;
        }
        cache.put(key, page, stamp);
        response.resetBuffer();
        serve(page, "miss", request, response);
    }

    private static @Nullable CachedPage storable(ContentCachingResponseWrapper response, String cacheRule) {
        var keys = response.getHeader(SURROGATE_KEY);
        var cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        if (response.getStatus() != 200 || keys == null || response.getHeader(HttpHeaders.SET_COOKIE) != null
                || (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store")))) {
            return null;
        }
        var headers = new ArrayList<CachedPage.Header>();
        for (var name : response.getHeaderNames()) {
            if (!PER_RESPONSE.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(CachedPage.Header.of(name, value)));
            }
        }
        var contentType = response.getContentType();
        if (contentType != null && headers.stream().noneMatch(h -> h.is(HttpHeaders.CONTENT_TYPE))) {
            headers.add(CachedPage.Header.of(HttpHeaders.CONTENT_TYPE, contentType));
        }
        var compressible = contentType != null && (contentType.startsWith("text/") || contentType.contains("xml")
                || contentType.contains("json"));
        var body = response.getContentAsByteArray();
        return CachedPage.of(body, headers, new LinkedHashSet<>(Arrays.asList(keys.split(" "))),
                System.currentTimeMillis() / 1000 * 1000, compressible, cacheRule);
    }

    private static void serve(CachedPage page, String source, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var representation = page.representation(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        var notModified = notModified(request, page);
        response.setHeader("X-Cache", source);
        for (var header : notModified ? representation.notModifiedHeaders() : representation.headers()) {
            response.setHeader(header.name(), header.value());
        }
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(representation.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(representation.body());
        }
    }

    /** Any representation's tag matches: they are the same page, differently encoded. */
    static boolean notModified(HttpServletRequest request, CachedPage page) {
        var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (var tag : ifNoneMatch.split(",")) {
                var candidate = tag.strip();
                if (candidate.equals("*") || page.matches(candidate)) {
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
