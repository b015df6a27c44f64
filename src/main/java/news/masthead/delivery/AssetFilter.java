package news.masthead.delivery;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import news.masthead.site.StaticAssets;

/**
 * Serves the site's fingerprinted assets from memory with a year of immutable caching. An
 * address without a current fingerprint falls through to the ordinary resource handler.
 */
class AssetFilter extends OncePerRequestFilter {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final StaticAssets assets;

    AssetFilter(StaticAssets assets) {
        this.assets = assets;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/assets/")
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var asset = assets.find(request.getRequestURI()).orElse(null);
        if (asset == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(asset.contentType());
        if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null) {
            // The address names the content: whatever copy the browser has is current.
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var gzip = ContentCoding.negotiate(request.getHeader(HttpHeaders.ACCEPT_ENCODING), false,
                asset.gzipped() != null) == ContentCoding.GZIP;
        if (asset.gzipped() != null) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        var body = gzip ? asset.gzipped() : asset.bytes();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
