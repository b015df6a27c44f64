package news.masthead.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Service;

/**
 * Keeps images in the media folder. File names carry a hash of the content, so a file never
 * changes under its name and browsers may keep it for a year.
 */
@Service
public class MediaLibrary {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");
    private static final Pattern STORED_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,100}\\.(jpg|png)");

    private final MediaSettings settings;

    MediaLibrary(MediaSettings settings) {
        this.settings = settings;
    }

    /** Stores a JPEG or PNG under a name made of {@code baseName} and its content hash. */
    public StoredImage storeImage(String baseName, byte[] bytes) {
        if (!SAFE_NAME.matcher(baseName).matches()) {
            throw new IllegalArgumentException("Unsafe media name: " + baseName);
        }
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("Not an image: " + baseName);
            }
            var extension = bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "png" : "jpg";
            var name = baseName + "-" + hash(bytes) + "." + extension;
            var directory = settings.mediaDir();
            Files.createDirectories(directory);
            var target = directory.resolve(name);
            if (!Files.exists(target)) {
                var temporary = Files.createTempFile(directory, ".upload-", ".tmp");
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new StoredImage("/media/" + name, image.getWidth(), image.getHeight());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not store " + baseName, e);
        }
    }

    /**
     * The size in bytes of a stored file, given the address it is served from; empty if there is
     * no such file. Names carry a content hash, so the answer never changes for a name.
     */
    public OptionalLong sizeOf(String path) {
        var name = path.startsWith("/media/") ? path.substring("/media/".length()) : "";
        if (!STORED_NAME.matcher(name).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Files.size(settings.mediaDir().resolve(name)));
        }
        catch (IOException missing) {
            return OptionalLong.empty();
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
