package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CommentBodyRendererTests {

    /** A public list of cross-site scripting attacks, kept beside the project rather than in it. */
    private static final Path XSS_PAYLOADS = Path.of("../shared/data/security/xss-payloads-IntrudersXSS.txt");

    @ParameterizedTest
    @MethodSource("xssPayloads")
    void printsEveryAttackAsTheTextTheReaderTyped(String payload) {
        var html = CommentBodyRenderer.render(payload);
        var body = Jsoup.parseBodyFragment(html).body();

        for (var element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(element.tagName()).as(html).isIn("p", "br", "a");
            if (element.tagName().equals("a")) {
                assertThat(element.attributes().asList()).as(html).extracting(attribute -> attribute.getKey())
                        .containsExactlyInAnyOrder("href", "rel");
                assertThat(element.attr("href")).as(html).startsWith("http");
                assertThat(element.attr("rel")).isEqualTo("nofollow ugc");
            }
            else {
                assertThat(element.attributes().size()).as(html).isZero();
            }
        }
        // Every kind of line break in the text, form feeds included, comes out as a <br>.
        assertThat(body.wholeText().strip()).isEqualTo(payload.strip().replaceAll("\\R", "\n"));
    }

    static Stream<String> xssPayloads() throws IOException {
        assumeTrue(Files.isReadable(XSS_PAYLOADS), "the XSS payload list is not next to the project");
        return Files.readAllLines(XSS_PAYLOADS, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank());
    }

    @Test
    void escapesMarkupCharacters() {
        assertThat(CommentBodyRenderer.render("<b>bold</b> & \"quoted\" 'single'"))
                .isEqualTo("<p>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &#39;single&#39;</p>");
    }

    @Test
    void makesParagraphsOfBlankLinesAndBreaksOfSingleOnes() {
        var html = CommentBodyRenderer.render("  First line\nsecond line\r\n\r\n\n  Second paragraph  \n\n");

        assertThat(html).isEqualTo("<p>First line<br>second line</p><p>Second paragraph</p>");
    }

    @Test
    void printsNothingForBlankText() {
        assertThat(CommentBodyRenderer.render(" \n\n \t")).isEmpty();
    }

    @Test
    void linksWebAddressesWithoutPassingReputation() {
        var link = onlyLink("See https://example.org/report?id=4&x=1 for the figures.");

        assertThat(link.attr("href")).isEqualTo("https://example.org/report?id=4&x=1");
        assertThat(link.attr("rel")).isEqualTo("nofollow ugc");
        assertThat(link.text()).isEqualTo("https://example.org/report?id=4&x=1");
    }

    @Test
    void leavesClosingPunctuationOutOfLinks() {
        var html = CommentBodyRenderer.render("(see http://example.org/a). Or http://example.org/b!");
        var links = Jsoup.parseBodyFragment(html).select("a");

        assertThat(links).extracting(link -> link.attr("href"))
                .containsExactly("http://example.org/a", "http://example.org/b");
        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("(see http://example.org/a). Or http://example.org/b!");
    }

    @Test
    void linksOnlyWebAddresses() {
        var html = CommentBodyRenderer.render("javascript:alert(1) ftp://example.org www.example.org data:text/html,x");

        assertThat(Jsoup.parseBodyFragment(html).select("a")).isEmpty();
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        var link = onlyLink("http://example.org/\"onmouseover=\"alert(1)");

        assertThat(link.attr("href")).isEqualTo("http://example.org/");
        assertThat(link.attributes().size()).isEqualTo(2);
    }

    private static Element onlyLink(String text) {
        var links = Jsoup.parseBodyFragment(CommentBodyRenderer.render(text)).select("a");
        assertThat(links).hasSize(1);
        return links.getFirst();
    }
}
