package news.masthead.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates the way HTTP headers carry them. The current one is made once a second, not once per
 * answer: at tens of thousands of cached answers a second, formatting it each time would show.
 */
final class HttpDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private static volatile Current current = new Current(Long.MIN_VALUE, new byte[0]);

    private HttpDates() {
    }

    static String format(long epochMillis) {
        return FORMAT.format(Instant.ofEpochMilli(epochMillis));
    }

    /** The {@code Date} header's value for now, in the bytes that go over the wire. */
    static byte[] now() {
        long second = System.currentTimeMillis() / 1000;
        var date = current;
        if (date.second() != second) {
            date = new Current(second, format(second * 1000).getBytes(StandardCharsets.ISO_8859_1));
            current = date;
        }
        return date.bytes();
    }

    private record Current(long second, byte[] bytes) {
    }
}
