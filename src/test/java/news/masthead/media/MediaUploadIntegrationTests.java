package news.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads to the media library with its database and a media folder of its own: checked by
 * content, kept once, resized for srcset, described and found again. Runs on H2 and PostgreSQL.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = { "masthead.demo.enabled=false", "masthead.media.max-upload-size=2MB" })
@Transactional
abstract class MediaUploadIntegrationTests {

    @Autowired
    MediaManagement media;
    @Autowired
    MediaLibrary library;
    @Autowired
    MediaSettings settings;

    @Test
    void aPhotoIsKeptWithResizedCopiesAndFoundByItsDescription() throws IOException {
        var item = media.upload("Harbour Wall (2).JPG", image(2000, 1000, "jpg"), "The harbour wall at low tide",
                "Work starts in May.", "Nell Garrow");

        assertThat(item.path()).matches("/media/harbour-wall-2-[0-9a-f]{10}\\.jpg");
        assertThat(item.mediaType()).isEqualTo("image/jpeg");
        assertThat(item.width()).isEqualTo(2000);
        assertThat(item.renditionWidths()).containsExactly(480, 960, 1600);
        var copy = settings.mediaDir().resolve(item.path().substring(7).replace(".jpg", ".w480.jpg"));
        assertThat(ImageIO.read(copy.toFile()).getWidth()).isEqualTo(480);
        assertThat(library.srcset(item.path())).hasValueSatisfying(srcset -> assertThat(srcset).contains("480w",
                "960w", "1600w", "2000w"));
        assertThat(item.markdown()).isEqualTo("![The harbour wall at low tide](" + item.path()
                + " \"Work starts in May. | Nell Garrow\")");
        assertThat(media.search("low tide", 10)).extracting(MediaItem::id).containsExactly(item.id());
        assertThat(media.search("nell", 10)).extracting(MediaItem::id).containsExactly(item.id());
        assertThat(media.search("ferry", 10)).isEmpty();
    }

    @Test
    void theSameFileUploadedTwiceIsKeptOnce() throws IOException {
        var bytes = image(300, 200, "png");
        var first = media.upload("map.png", bytes, "Map of the bypass", "", "");
        var second = media.upload("map.png", bytes, "Another description", "", "");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.renditionWidths()).as("smaller than every copy width").isEmpty();
        assertThat(first.thumbnailPath()).isEqualTo(first.path());
    }

    @Test
    void theContentDecidesNotTheName() throws IOException {
        var png = media.upload("photo.jpg", image(100, 80, "png"), "A diagram", "", "");
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.path()).endsWith(".png");

        assertThatThrownBy(() -> media.upload("photo.jpg", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "Not really", "", "")).isInstanceOf(MediaRejected.class).hasMessageContaining("not a JPEG, PNG, WebP or GIF");
        var damaged = Arrays.copyOf(image(100, 80, "jpg"), 40);
        assertThatThrownBy(() -> media.upload("cut.jpg", damaged, "Cut short", "", ""))
                .isInstanceOf(MediaRejected.class);
        var huge = new byte[3 * 1024 * 1024];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> media.upload("huge.jpg", huge, "Huge", "", "")).isInstanceOf(MediaRejected.class)
                .hasMessageContaining("larger than 2 MB");
    }

    @Test
    void gifsAndWebpAreKeptAsUploaded() throws IOException {
        var gif = media.upload("animation.gif", image(1200, 600, "gif"), "A chart building up", "", "");
        assertThat(gif.mediaType()).isEqualTo("image/gif");
        assertThat(gif.renditionWidths()).isEmpty();

        var webp = media.upload("lossless.webp", webpHeader(1024, 768), "A photo in WebP", "", "");
        assertThat(webp.mediaType()).isEqualTo("image/webp");
        assertThat(webp.width()).isEqualTo(1024);
        assertThat(webp.height()).isEqualTo(768);
        assertThat(webp.renditionWidths()).isEmpty();
        assertThat(Files.exists(settings.mediaDir().resolve(webp.path().substring(7)))).isTrue();
    }

    @Test
    void altTextCanBeAddedLater() throws IOException {
        var item = media.upload("quay.png", image(200, 100, "png"), "", "", "");
        assertThat(item.isDescribed()).isFalse();

        var described = media.describe(item.id(), "Boats at the quay", "Evening.", "Tomás Reyes");

        assertThat(described.isDescribed()).isTrue();
        assertThat(described.credit()).isEqualTo("Tomás Reyes");
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        var picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x += 7) {
            picture.setRGB(x, x % height, 0x336699 + x);
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(picture, format, out);
        return out.toByteArray();
    }

    /** The first bytes of a lossless WebP file: enough for the library to know its type and size. */
    private static byte[] webpHeader(int width, int height) {
        var bytes = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBPVP8L".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        bytes[20] = 0x2F;
        int bits = (width - 1) | (height - 1) << 14;
        bytes[21] = (byte) bits;
        bytes[22] = (byte) (bits >>> 8);
        bytes[23] = (byte) (bits >>> 16);
        bytes[24] = (byte) (bits >>> 24);
        return bytes;
    }
}
