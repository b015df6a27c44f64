package news.masthead.delivery;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Brotli through the native library that brotli4j ships for Linux on x86-64. Where that library
 * cannot load (another platform), pages simply go out in gzip, as they did before.
 */
final class Brotli {

    private static final Logger log = LoggerFactory.getLogger(Brotli.class);
    /**
     * Quality 6 compresses a 120 KB article in a few milliseconds, once per stored page, and
     * already beats gzip's best; the top qualities cost tens of milliseconds for a few per cent more.
     */
    private static final int QUALITY = 6;
    private static final boolean AVAILABLE = load();

    private Brotli() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    /** The compressed bytes, or null when Brotli is not available here. */
    static byte @Nullable [] compress(byte[] body) {
        if (!AVAILABLE) {
            return null;
        }
        try {
            return Encoder.compress(body, new Encoder.Parameters().setQuality(QUALITY));
        }
        catch (IOException e) {
            log.warn("Brotli could not compress a page; it goes out in gzip: {}", e.getMessage());
            return null;
        }
    }

    private static boolean load() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        }
        catch (Throwable unavailable) {
            log.info("Brotli is not available on this platform; pages are compressed with gzip only ({})",
                    unavailable.toString());
            return false;
        }
    }
}
