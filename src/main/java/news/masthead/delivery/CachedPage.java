package news.masthead.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * A rendered response kept in memory, with everything needed to answer from it, made once when the
 * page is stored rather than on every request: the bytes in each coding the page has, and for each
 * the headers to send, validators included.
 */
record CachedPage(List<@Nullable Representation> representations, String etag, long lastModified, Set<String> keys) {

    /** Below this size, compression saves less than its header costs. */
    private static final int COMPRESS_FROM = 256;

    /**
     * @param headers the headers the page was rendered with, apart from those made for each answer
     * @param cacheControl what shared caches and browsers are told about keeping the page
     */
    static CachedPage of(byte[] body, List<Header> headers, Set<String> keys, long lastModified, boolean compressible,
            String cacheControl) {
        var compress = compressible && body.length >= COMPRESS_FROM;
        var gzipped = compress ? gzip(body) : null;
        var brotli = compress ? Brotli.compress(body) : null;
        var etag = etag(body);
        var representations = new ArrayList<@Nullable Representation>();
        for (var coding : ContentCoding.values()) {
            var bytes = switch (coding) {
                case BROTLI -> brotli;
                case GZIP -> gzipped;
                case IDENTITY -> body;
            };
            representations.add(bytes == null ? null
                    : Representation.of(coding, bytes, headers, tag(etag, coding), lastModified, cacheControl, compress));
        }
        return new CachedPage(Collections.unmodifiableList(representations), etag, lastModified, Set.copyOf(keys));
    }

    /** The form to send for the reader's {@code Accept-Encoding}, among the forms this page has. */
    Representation representation(@Nullable String acceptEncoding) {
        var coding = ContentCoding.negotiate(acceptEncoding, has(ContentCoding.BROTLI), has(ContentCoding.GZIP));
        return representations.get(coding.ordinal());
    }

    /** Any representation's tag matches: they are the same page, differently encoded. */
    boolean matches(String entityTag) {
        return entityTag.equals(tag(etag, ContentCoding.IDENTITY)) || entityTag.equals(tag(etag, ContentCoding.GZIP))
                || entityTag.equals(tag(etag, ContentCoding.BROTLI));
    }

    int weight() {
        int weight = 512;
        for (var representation : representations) {
            if (representation != null) {
                weight += representation.body().length;
                for (var header : representation.headers()) {
                    weight += header.nameBytes().length + header.valueBytes().length;
                }
            }
        }
        return weight;
    }

    private boolean has(ContentCoding coding) {
        return representations.get(coding.ordinal()) != null;
    }

    /** Each coding has its own strong tag: the bytes differ, though the page is the same. */
    private static String tag(String etag, ContentCoding coding) {
        return switch (coding) {
            case BROTLI -> "\"" + etag + "-br\"";
            case GZIP -> "\"" + etag + "-gz\"";
            case IDENTITY -> "\"" + etag + "\"";
        };
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

    /**
     * The page in one coding, as it goes over the wire: its bytes and every header of a 200, and of
     * a 304, which leaves out what describes a body it does not send.
     */
    record Representation(ContentCoding coding, byte[] body, List<Header> headers, List<Header> notModifiedHeaders) {

        static Representation of(ContentCoding coding, byte[] body, List<Header> pageHeaders, String etag,
                long lastModified, String cacheControl, boolean compressed) {
            var headers = new ArrayList<>(pageHeaders);
            headers.add(Header.of(HttpHeaders.ETAG, etag));
            headers.add(Header.of(HttpHeaders.LAST_MODIFIED, HttpDates.format(lastModified)));
            headers.add(Header.of(HttpHeaders.CACHE_CONTROL, cacheControl));
            if (compressed) {
                headers.add(Header.of(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING));
            }
            var notModified = headers.stream().filter(h -> !h.is(HttpHeaders.CONTENT_TYPE)).toList();
            if (coding != ContentCoding.IDENTITY) {
                headers.add(Header.of(HttpHeaders.CONTENT_ENCODING, coding.token()));
            }
            return new Representation(coding, body, List.copyOf(headers), notModified);
        }
    }

    /**
     * One header, with its name and value also in the bytes that go over the wire (HTTP header
     * values are ISO-8859-1), so that a server able to take bytes need not encode them per request.
     * Control characters other than tab become spaces, as a server does with any header value.
     */
    record Header(String name, String value, byte[] nameBytes, byte[] valueBytes) {

        static Header of(String name, String value) {
            return new Header(name, value, name.getBytes(StandardCharsets.ISO_8859_1),
                    wire(value).getBytes(StandardCharsets.ISO_8859_1));
        }

        boolean is(String headerName) {
            return name.equalsIgnoreCase(headerName);
        }

        private static String wire(String value) {
            var text = new StringBuilder(value.length());
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                text.append((c < 0x20 && c != '\t') || c == 0x7f ? ' ' : c);
            }
            return text.toString();
        }
    }
}
