package news.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaLibraryTests {

    @TempDir
    Path data;

    @Test
    void measuresAStoredFileByTheAddressItIsServedFrom() throws IOException {
        var library = new MediaLibrary(new MediaSettings(data));
        var bytes = png();

        var stored = library.storeImage("harbour", bytes);

        assertThat(library.sizeOf(stored.path())).hasValue(bytes.length);
        assertThat(library.sizeOf("/media/harbour-0000000000.png")).isEmpty();
    }

    @Test
    void measuresNothingOutsideTheMediaFolder() throws IOException {
        Files.writeString(data.resolve("secret.jpg"), "not for readers");
        var library = new MediaLibrary(new MediaSettings(data));

        assertThat(library.sizeOf("/media/../secret.jpg")).isEmpty();
        assertThat(library.sizeOf("/media/%2e%2e/secret.jpg")).isEmpty();
        assertThat(library.sizeOf("/assets/site.css")).isEmpty();
        assertThat(library.sizeOf("https://elsewhere.example/x.jpg")).isEmpty();
    }

    private static byte[] png() throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
