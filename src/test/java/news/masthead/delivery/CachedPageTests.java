package news.masthead.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CachedPageTests {

    static final String CACHE_CONTROL = "public, max-age=30, s-maxage=300, stale-while-revalidate=60";
    static final long STORED_AT = 1_796_000_000_000L;

    final CachedPage page = CachedPage.of(("<p>" + "The council met on Tuesday. ".repeat(40) + "</p>")
            .getBytes(StandardCharsets.UTF_8), List.of(CachedPage.Header.of("Surrogate-Key", "site article-7"),
                    CachedPage.Header.of("Content-Type", "text/html;charset=UTF-8")),
            Set.of("site", "article-7"), STORED_AT, true, CACHE_CONTROL);

    @Test
    void eachCodingCarriesItsOwnTagAndEncodingWithThePagesHeaders() {
        var gzip = page.representation("gzip");
        assertThat(gzip.coding()).isEqualTo(ContentCoding.GZIP);
        assertThat(names(gzip.headers())).containsExactly("Surrogate-Key", "Content-Type", "ETag", "Last-Modified",
                "Cache-Control", "Vary", "Content-Encoding");
        assertThat(value(gzip.headers(), "ETag")).endsWith("-gz\"");
        assertThat(value(gzip.headers(), "Content-Encoding")).isEqualTo("gzip");
        assertThat(value(gzip.headers(), "Cache-Control")).isEqualTo(CACHE_CONTROL);

        var plain = page.representation(null);
        assertThat(plain.coding()).isEqualTo(ContentCoding.IDENTITY);
        assertThat(names(plain.headers())).doesNotContain("Content-Encoding").contains("Vary");
        assertThat(page.matches(value(plain.headers(), "ETag"))).isTrue();
        assertThat(page.matches(value(gzip.headers(), "ETag"))).isTrue();
        assertThat(page.matches("\"something-else\"")).isFalse();
    }

    @Test
    void aNotModifiedAnswerLeavesOutWhatDescribesTheBody() {
        var gzip = page.representation("gzip");
        assertThat(names(gzip.notModifiedHeaders())).containsExactly("Surrogate-Key", "ETag", "Last-Modified",
                "Cache-Control", "Vary");
    }

    @Test
    void keepsEachHeaderInTheBytesThatGoOverTheWire() {
        var header = CachedPage.Header.of("Surrogate-Key", "site\r\nSet-Cookie: x\tarticle-1");
        assertThat(new String(header.nameBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("Surrogate-Key");
        assertThat(new String(header.valueBytes(), StandardCharsets.ISO_8859_1))
                .isEqualTo("site  Set-Cookie: x\tarticle-1");
    }

    @Test
    void writesDatesAsHttpDoes() {
        assertThat(value(page.representation("br").headers(), "Last-Modified"))
                .isEqualTo(HttpDates.format(STORED_AT));
        assertThat(HttpDates.format(1_796_083_200_000L)).isEqualTo("Tue, 01 Dec 2026 00:00:00 GMT");
        assertThat(new String(HttpDates.now(), StandardCharsets.ISO_8859_1)).matches(
                "[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT");
    }

    @Test
    void leavesSmallPagesUncompressed() {
        var small = CachedPage.of("<p>Short.</p>".getBytes(StandardCharsets.UTF_8), List.of(), Set.of("site"), STORED_AT,
                true, CACHE_CONTROL);
        var answer = small.representation("gzip, br");
        assertThat(answer.coding()).isEqualTo(ContentCoding.IDENTITY);
        assertThat(names(answer.headers())).doesNotContain("Vary", "Content-Encoding");
    }

    private static List<String> names(List<CachedPage.Header> headers) {
        return headers.stream().map(CachedPage.Header::name).toList();
    }

    private static String value(List<CachedPage.Header> headers, String name) {
        return headers.stream().filter(h -> h.is(name)).findFirst().orElseThrow().value();
    }
}
