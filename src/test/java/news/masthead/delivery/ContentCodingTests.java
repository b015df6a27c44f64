package news.masthead.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentCodingTests {

    @Test
    void prefersBrotliWhenTheReaderTakesBoth() {
        assertThat(ContentCoding.negotiate("gzip, deflate, br, zstd", true, true)).isEqualTo(ContentCoding.BROTLI);
        assertThat(ContentCoding.negotiate("br;q=1.0, gzip;q=0.8", true, true)).isEqualTo(ContentCoding.BROTLI);
    }

    @Test
    void followsTheReadersOwnPreference() {
        assertThat(ContentCoding.negotiate("br;q=0.5, gzip", true, true)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.negotiate("gzip", true, true)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.negotiate("br", true, true)).isEqualTo(ContentCoding.BROTLI);
    }

    @Test
    void neverSendsWhatTheReaderRefused() {
        assertThat(ContentCoding.negotiate("br;q=0, gzip", true, true)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.negotiate("gzip;q=0", true, true)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.negotiate("*;q=0", true, true)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.negotiate("gzip; q=0.0, br;q=0", true, true)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.negotiate("", true, true)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.negotiate(null, true, true)).isEqualTo(ContentCoding.IDENTITY);
    }

    @Test
    void offersOnlyTheFormsThePageHas() {
        assertThat(ContentCoding.negotiate("br, gzip", false, true)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.negotiate("br, gzip", false, false)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.negotiate("*", false, true)).isEqualTo(ContentCoding.GZIP);
    }

    @Test
    void readsOddHeadersWithoutFailing() {
        assertThat(ContentCoding.negotiate("GZIP", true, true)).isEqualTo(ContentCoding.GZIP);
        assertThat(ContentCoding.negotiate("gzip;q=abc, br;q=7", true, true)).isEqualTo(ContentCoding.IDENTITY);
        assertThat(ContentCoding.negotiate(",,;", true, true)).isEqualTo(ContentCoding.IDENTITY);
    }
}
