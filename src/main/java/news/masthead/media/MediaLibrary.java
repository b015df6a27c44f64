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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import net.coobird.thumbnailator.Thumbnails;

import org.springframework.stereotype.Service;

/**
 * Keeps images in the media folder. File names carry a hash of the content, so a file never
 * changes under its name and browsers may keep it for a year.
 */
@Service
public class MediaLibrary {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");
    private static final Pattern STORED_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,100}\\.(jpg|png)");
    /** Widths of the resized copies made for {@code srcset}: phones, tablets and wide screens. */
    static final List<Integer> RENDITION_WIDTHS = List.of(480, 960, 1600);

    private final MediaSettings settings;

    public MediaLibrary(MediaSettings settings) {
        this.settings = settings;
    }

    /**
     * The {@code srcset} for an image the library holds: its resized copies and the original, each
     * with its width. Empty for images elsewhere or without copies.
     */
    public Optional<String> srcset(String path) {
        if (!path.startsWith("/media/") || path.contains("..") || path.indexOf('/', 7) >= 0) {
            return Optional.empty();
        }
        var original = settings.mediaDir().resolve(path.substring(7));
        if (!Files.isRegularFile(original)) {
            return Optional.empty();
        }
        var candidates = new ArrayList<String>();
        for (int width : RENDITION_WIDTHS) {
            var copy = renditionPath(path, width);
            if (Files.isRegularFile(settings.mediaDir().resolve(copy.substring(7)))) {
                candidates.add(copy + " " + width + "w");
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        widthOf(original).ifPresent(width -> candidates.add(path + " " + width + "w"));
        return Optional.of(String.join(", ", candidates));
    }

    /** Where the copy of an image resized to a width lives: {@code /media/name.w480.jpg}. */
    static String renditionPath(String path, int width) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + ".w" + width + path.substring(dot);
    }

    /** Keeps an upload under its content hash and returns its address; the bytes were checked before. */
    String storeOriginal(String baseName, byte[] bytes, ImageFormat format) {
        var name = baseName + "-" + hash(bytes) + "." + format.extension();
        write(name, bytes);
        return "/media/" + name;
    }

    /** Makes the resized copies narrower than the original, and returns their widths. */
    List<Integer> makeRenditions(String path, BufferedImage image, ImageFormat format) {
        var widths = new ArrayList<Integer>();
        for (int width : RENDITION_WIDTHS) {
            if (width >= image.getWidth()) {
                break;
            }
            var out = new ByteArrayOutputStream();
            try {
                Thumbnails.of(image).width(width).outputFormat(format.extension()).outputQuality(0.82).toOutputStream(out);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Could not resize " + path, e);
            }
            write(renditionPath(path, width).substring(7), out.toByteArray());
            widths.add(width);
        }
        return widths;
    }

    private void write(String name, byte[] bytes) {
        try {
            var directory = settings.mediaDir();
            Files.createDirectories(directory);
            var target = directory.resolve(name);
            if (!Files.exists(target)) {
                var temporary = Files.createTempFile(directory, ".upload-", ".tmp");
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not store " + name, e);
        }
    }

    private static Optional<Integer> widthOf(Path file) {
        try (var input = ImageIO.createImageInputStream(file.toFile())) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input);
                return Optional.of(reader.getWidth(0));
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException e) {
            return Optional.empty();
        }
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
