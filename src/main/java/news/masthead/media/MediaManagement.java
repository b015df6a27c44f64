package news.masthead.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.audit.AuditLog;

/**
 * The media library's API for the newsroom: upload an image, describe it, find it again. An upload
 * is checked by its content and its size before anything is written, and is kept once however often
 * it is uploaded.
 */
@Service
public class MediaManagement {

    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");

    private final MediaLibrary files;
    private final MediaCatalog catalog;
    private final MediaLimits limits;
    private final AuditLog audit;
    private final Clock clock;

    MediaManagement(MediaLibrary files, MediaCatalog catalog, MediaLimits limits, AuditLog audit, Clock clock) {
        this.files = files;
        this.catalog = catalog;
        this.limits = limits;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Keeps an uploaded image with its description and resized copies.
     *
     * @throws MediaRejected if the file is too large, not an image of an accepted type, or damaged
     */
    @PreAuthorize("hasAuthority('UPLOAD_MEDIA')")
    @Transactional
    public MediaItem upload(String fileName, byte[] bytes, String alt, String caption, String credit) {
        if (bytes.length == 0) {
            throw new MediaRejected("Please choose an image to upload.");
        }
        if (bytes.length > limits.maxUploadSize().toBytes()) {
            throw new MediaRejected("The file is larger than " + limits.maxUploadSize().toMegabytes()
                    + " MB. Please make it smaller and try again.");
        }
        var format = ImageFormat.of(bytes).orElseThrow(() -> new MediaRejected(
                "This file is not a JPEG, PNG, WebP or GIF image, whatever its name says."));
        var size = dimensions(bytes, format);
        if ((long) size[0] * size[1] > limits.maxPixels()) {
            throw new MediaRejected("The image is " + size[0] + " by " + size[1] + " pixels: too large to process.");
        }
        var path = files.storeOriginal(baseName(fileName), bytes, format);
        var existing = catalog.byPath(path);
        if (existing.isPresent()) {
            return existing.get();
        }
        var widths = format.resizable() ? files.makeRenditions(path, decode(bytes), format) : List.<Integer>of();
        var item = catalog.add(path, limit(fileName, 255), format.mediaType(), size[0], size[1], bytes.length,
                limit(alt.strip(), 500), limit(caption.strip(), 1000), limit(credit.strip(), 300), widths, actor(),
                clock.instant());
        audit.record("media.uploaded", "media " + item.id() + " (" + path + ")", item.originalName());
        return item;
    }

    @PreAuthorize("hasAuthority('UPLOAD_MEDIA')")
    @Transactional
    public MediaItem describe(long id, String alt, String caption, String credit) {
        var item = find(id).orElseThrow(() -> new MediaRejected("That image is no longer in the library."));
        catalog.describe(id, limit(alt.strip(), 500), limit(caption.strip(), 1000), limit(credit.strip(), 300));
        audit.record("media.described", "media " + id + " (" + item.path() + ")", null);
        return find(id).orElseThrow();
    }

    @PreAuthorize("hasAnyAuthority('WRITE_DRAFTS', 'UPLOAD_MEDIA')")
    @Transactional(readOnly = true)
    public Optional<MediaItem> find(long id) {
        return catalog.find(id);
    }

    /** The library's entry for an image address, as an article's featured image names it. */
    @PreAuthorize("hasAnyAuthority('WRITE_DRAFTS', 'UPLOAD_MEDIA')")
    @Transactional(readOnly = true)
    public Optional<MediaItem> at(String path) {
        return catalog.byPath(path);
    }

    /** The newest images whose name, alt text, caption or credit contain the words, newest first. */
    @PreAuthorize("hasAnyAuthority('WRITE_DRAFTS', 'UPLOAD_MEDIA')")
    @Transactional(readOnly = true)
    public List<MediaItem> search(String words, int limit) {
        return catalog.search(words.strip().toLowerCase(Locale.ROOT), limit);
    }

    private static int[] dimensions(byte[] bytes, ImageFormat format) {
        if (format == ImageFormat.WEBP) {
            return ImageFormat.webpSize(bytes)
                    .orElseThrow(() -> new MediaRejected("This WebP file is damaged or of a kind we cannot read."));
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new MediaRejected("This image is damaged and cannot be read.");
            }
            var reader = readers.next();
            try {
                reader.setInput(input);
                return new int[] { reader.getWidth(0), reader.getHeight(0) };
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException e) {
            throw new MediaRejected("This image is damaged and cannot be read.");
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new MediaRejected("This image is damaged and cannot be read.");
            }
            return image;
        }
        catch (IOException e) {
            throw new MediaRejected("This image is damaged and cannot be read.");
        }
    }

    /** A file name made safe for the media folder: "Harbour Wall (2).JPG" becomes "harbour-wall-2". */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        var stem = (dot > 0 ? fileName.substring(0, dot) : fileName).toLowerCase(Locale.ROOT);
        var name = NOT_NAME.matcher(stem).replaceAll("-").replaceAll("^-+|-+$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("-+$", "");
        }
        return name.isEmpty() ? "image" : name;
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
