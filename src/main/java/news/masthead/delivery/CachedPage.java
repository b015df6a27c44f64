package news.masthead.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A rendered response kept in memory, with everything needed to answer from it: the bytes, their
 * gzip and Brotli forms (made once, here, not per request), validators, and the headers the page
 * was sent with.
 */
record CachedPage(byte[] body, byte @Nullable [] gzipped, byte @Nullable [] brotli, String etag, long lastModified,
        List<Header> headers, Set<String> keys) {

    /** Below this size, compression saves less than its header costs. */
    private static final int COMPRESS_FROM = 256;

    static CachedPage of(byte[] body, List<Header> headers, Set<String> keys, long lastModified, boolean compressible) {
        var compress = compressible && body.length >= COMPRESS_FROM;
        return new CachedPage(body, compress ? gzip(body) : null, compress ? Brotli.compress(body) : null, etag(body),
                lastModified, List.copyOf(headers), Set.copyOf(keys));
    }

    /** The coding to send for the reader's {@code Accept-Encoding}, among the forms this page has. */
    ContentCoding coding(@Nullable String acceptEncoding) {
        return ContentCoding.negotiate(acceptEncoding, brotli != null, gzipped != null);
    }

    boolean compressed() {
        return gzipped != null || brotli != null;
    }

    byte[] body(ContentCoding coding) {
        return switch (coding) {
            case BROTLI -> brotli == null ? body : brotli;
            case GZIP -> gzipped == null ? body : gzipped;
            case IDENTITY -> body;
        };
    }

    /** Each coding has its own strong tag: the bytes differ, though the page is the same. */
    String etag(ContentCoding coding) {
        return switch (coding) {
            case BROTLI -> "\"" + etag + "-br\"";
            case GZIP -> "\"" + etag + "-gz\"";
            case IDENTITY -> "\"" + etag + "\"";
        };
    }

    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + (brotli == null ? 0 : brotli.length) + 512;
    }

    static String etag(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    record Header(String name, String value) {
    }
}
