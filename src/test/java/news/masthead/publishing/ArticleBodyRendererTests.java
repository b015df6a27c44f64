package news.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.masthead.media.MediaLibrary;
import news.masthead.media.MediaSettings;

class ArticleBodyRendererTests {

    @TempDir
    Path data;

    private ArticleBodyRenderer renderer = new ArticleBodyRenderer(new MediaLibrary(new MediaSettings(Path.of("."))));

    @Test
    void writesCaptionAndCreditUnderAnImage() {
        var figure = render("![Boats at dusk](/media/boats-1a2b3c4d5e.jpg \"The quay at dusk | Nell Garrow\")")
                .selectFirst("figure");

        assertThat(figure.selectFirst("figcaption").ownText()).isEqualTo("The quay at dusk");
        assertThat(figure.selectFirst("figcaption .credit").text()).isEqualTo("Nell Garrow");
    }

    @Test
    void aQuoteInsideAQuoteIsAPullQuote() {
        var body = render("Before.\n\n>> It came up through the drains.\n\n> An ordinary quote.");

        assertThat(body.select("aside.pull-quote").text()).isEqualTo("It came up through the drains.");
        assertThat(body.select("blockquote").text()).isEqualTo("An ordinary quote.");
    }

    @Test
    void aLoneLinkToAServiceOnTheListIsAnEmbedCardAndOthersStayLinks() {
        var body = render("<https://www.youtube.com/watch?v=abc123>\n\n<https://evil.example/watch>");

        var embed = body.selectFirst("figure.embed");
        assertThat(embed).isNotNull();
        assertThat(embed.selectFirst("a").attr("href")).isEqualTo("https://www.youtube.com/watch?v=abc123");
        assertThat(embed.text()).contains("YouTube");
        assertThat(body.select("figure.embed")).hasSize(1);
        assertThat(body.select("p > a[href=https://evil.example/watch]")).hasSize(1);
        assertThat(body.select("iframe, script")).isEmpty();
    }

    @Test
    void aVideoOrChartCardNamesItsPlayerButFramesNothing() {
        var body = render("<https://www.youtube.com/watch?v=dQw4w9WgXcQ>\n\n<https://datawrapper.dwcdn.net/aB3dE/2/>"
                + "\n\n<https://bsky.app/profile/council.example/post/3k>");

        var cards = body.select("figure.embed");
        assertThat(cards).hasSize(3);
        assertThat(cards.get(0).attr("data-player")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(cards.get(0).selectFirst("a").attr("href")).as("without script it links out")
                .isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(cards.get(1).attr("data-player")).isEqualTo("https://datawrapper.dwcdn.net/aB3dE/2/");
        assertThat(cards.get(2).hasAttr("data-player")).as("a post has no player").isFalse();
        assertThat(body.select("iframe, script, [src*=youtube], [src*=dwcdn]")).isEmpty();
    }

    @Test
    void aPlayerAddressTypedAsHtmlNeverReachesThePage() {
        var body = render("<figure class=\"embed\" data-player=\"https://evil.example/x\">"
                + "<a href=\"https://x\">x</a></figure>");

        assertThat(body.select("[data-player]")).isEmpty();
    }

    @Test
    void anImageWithResizedCopiesGetsASrcset() throws Exception {
        var media = Files.createDirectories(data.resolve("media"));
        var picture = new java.awt.image.BufferedImage(1200, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ImageIO.write(picture, "jpg", media.resolve("quay-0a1b2c3d4e.jpg").toFile());
        Files.write(media.resolve("quay-0a1b2c3d4e.w480.jpg"), new byte[] { 1 });
        Files.write(media.resolve("quay-0a1b2c3d4e.w960.jpg"), new byte[] { 1 });
        renderer = new ArticleBodyRenderer(new MediaLibrary(new MediaSettings(data)));

        var image = render("![The quay](/media/quay-0a1b2c3d4e.jpg)").selectFirst("figure img");

        assertThat(image.attr("srcset").split(",")).extracting(String::strip).containsExactly(
                "/media/quay-0a1b2c3d4e.w480.jpg 480w", "/media/quay-0a1b2c3d4e.w960.jpg 960w",
                "/media/quay-0a1b2c3d4e.jpg 1200w");
        assertThat(image.attr("sizes")).isNotBlank();
    }

    @Test
    void rendersTheMarkdownNewsroomsWrite() {
        var body = render("""
                The water arrived *shortly* after **4am**.

                ## Bridge closed

                > "It came up through the drains first."

                - one
                - two

                1. first
                2. second

                See [the report](https://example.org/report).
                """);

        assertThat(body.select("p").first().html()).isEqualTo("The water arrived <em>shortly</em> after <strong>4am</strong>.");
        assertThat(body.select("h2").text()).isEqualTo("Bridge closed");
        assertThat(body.select("blockquote > p").text()).isEqualTo("\"It came up through the drains first.\"");
        assertThat(body.select("ul > li")).extracting(Element::text).containsExactly("one", "two");
        assertThat(body.select("ol > li")).extracting(Element::text).containsExactly("first", "second");
        var link = body.selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://example.org/report");
        assertThat(link.attr("rel")).contains("noopener");
    }

    @Test
    void turnsAnImageOnItsOwnLineIntoAFigureWithItsTitleAsCaption() {
        var body = render("""
                Before.

                ![A cracked capping beam](/media/crack-1a2b3c4d5e.jpg "The beam near the Pilot's Steps. Credit: The Ledger")

                After.
                """);

        var figure = body.selectFirst("figure");
        assertThat(figure).isNotNull();
        var image = figure.selectFirst("img");
        assertThat(image.attr("src")).isEqualTo("/media/crack-1a2b3c4d5e.jpg");
        assertThat(image.attr("alt")).isEqualTo("A cracked capping beam");
        assertThat(image.attr("loading")).isEqualTo("lazy");
        assertThat(image.hasAttr("title")).isFalse();
        assertThat(figure.select("figcaption").text()).isEqualTo("The beam near the Pilot's Steps. Credit: The Ledger");
        assertThat(body.select("p > img")).isEmpty();
    }

    @Test
    void anImageWithoutATitleGetsAFigureWithoutCaption() {
        var body = render("![Map](/media/map-1a2b3c4d5e.png)");

        assertThat(body.select("figure > img")).hasSize(1);
        assertThat(body.select("figcaption")).isEmpty();
    }

    @Test
    void leavesImagesInsideSentencesWhereTheyAre() {
        var body = render("An icon ![i](/media/icon-1a2b3c4d5e.png) in a sentence.");

        assertThat(body.select("figure")).isEmpty();
        assertThat(body.select("p > img")).hasSize(1);
    }

    @Test
    void printsRawHtmlAsText() {
        var html = renderer.render("""
                <script>alert('body')</script>

                Text <img src=x onerror=alert(1)> and <iframe src="https://evil.example"></iframe>
                """);

        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("script, iframe, img")).isEmpty();
        assertThat(body.text()).contains("<script>alert('body')</script>").contains("<img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe");
    }

    @Test
    void dropsScriptAddresses() {
        var body = render("""
                [click](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox)

                ![x](javascript:alert(2))
                """);

        assertThat(body.select("[href], [src]")).isEmpty();
        assertThat(body.html()).doesNotContain("javascript:").doesNotContain("data:").doesNotContain("vbscript:");
    }

    @Test
    void keepsOnlyTheAttributesItAllows() {
        var body = render("[site](https://example.org \"a title\") ![alt](https://example.org/i.png \"cap\")");

        for (var element : body.getAllElements()) {
            for (var attribute : element.attributes()) {
                assertThat(attribute.getKey()).isIn("href", "rel", "src", "alt", "loading", "decoding", "width",
                        "height", "class");
                assertThat(attribute.getKey()).doesNotStartWith("on");
            }
        }
    }

    private Element render(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown)).body();
    }
}
