package news.masthead.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The site's CSS, scripts, fonts and icons, read once at start-up and kept in memory. Each is
 * addressed by a name that carries a hash of its content ({@code /assets/site.3f2a1b9c07.css}), so
 * it can be cached for a year: a changed file gets a new address.
 */
@Component
public class StaticAssets {

    private final Map<String, String> urls = new HashMap<>();
    private final Map<String, Asset> byUrl = new HashMap<>();

    StaticAssets() {
        try {
            var root = new PathMatchingResourcePatternResolver().getResource("classpath:/static/").getURL().toString();
            for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:/static/**/*.*")) {
                var name = resource.getURL().toString().substring(root.length());
                var bytes = resource.getContentAsByteArray();
                var url = "/assets/" + fingerprinted(name, bytes);
                var type = contentType(name);
                var compressible = type.startsWith("text/") || type.contains("javascript") || type.contains("svg")
                        || type.contains("json");
                urls.put(name, url);
                byUrl.put(url, new Asset(bytes, compressible ? gzip(bytes) : null, type));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read the site's assets", e);
        }
    }

    /** The fingerprinted address of an asset, e.g. {@code site.css}. */
    public String url(String name) {
        var url = urls.get(name);
        if (url == null) {
            throw new IllegalArgumentException("No asset named " + name);
        }
        return url;
    }

    public Map<String, String> urls() {
        return Map.copyOf(urls);
    }

    public Optional<Asset> find(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    private static String fingerprinted(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
    }

    private static String contentType(String name) {
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript;charset=UTF-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".woff2")) {
            return "font/woff2";
        }
        var guessed = URLConnection.guessContentTypeFromName(name);
        return guessed == null ? "application/octet-stream" : guessed;
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One asset's bytes, its gzip form when compressing helps, and its media type. */
    public record Asset(byte[] bytes, byte @Nullable [] gzipped, String contentType) {
    }
}
