package news.masthead.delivery;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a stored page goes over the wire. Brotli is preferred when the reader accepts it, since it
 * makes an article about a fifth smaller than gzip does; gzip otherwise; the plain bytes when the
 * reader accepts neither. Both compressed forms are made once, when the page is stored.
 */
enum ContentCoding {

    BROTLI("br"), GZIP("gzip"), IDENTITY("identity");

    private final String token;

    ContentCoding(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }

    /**
     * The best of the available codings that the {@code Accept-Encoding} header allows: a coding
     * named with {@code q=0} is refused, and {@code *} stands for every coding not named.
     */
    static ContentCoding negotiate(@Nullable String acceptEncoding, boolean brotli, boolean gzip) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return IDENTITY;
        }
        double br = -1;
        double gz = -1;
        double any = -1;
        for (var part : acceptEncoding.split(",")) {
            var fields = part.split(";", -1);
            var coding = fields[0].strip().toLowerCase(Locale.ROOT);
            double quality = quality(fields);
            switch (coding) {
                case "br" -> br = quality;
                case "gzip", "x-gzip" -> gz = Math.max(gz, quality);
                case "*" -> any = quality;
                default -> {
                }
            }
        }
        br = br < 0 ? any : br;
        gz = gz < 0 ? any : gz;
        if (brotli && br > 0 && br >= gz) {
            return BROTLI;
        }
        if (gzip && gz > 0) {
            return GZIP;
        }
        return brotli && br > 0 ? BROTLI : IDENTITY;
    }

    private static double quality(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            var parameter = fields[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                }
                catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
