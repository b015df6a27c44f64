package news.masthead.media;

import java.util.Optional;

/**
 * The image types the library accepts, recognised by their first bytes, never by the file's name or
 * the type the browser claims. WebP is kept as uploaded: the JDK cannot decode it, so its size is read
 * from its header and no resized copies are made.
 */
enum ImageFormat {

    JPEG("image/jpeg", "jpg", true), PNG("image/png", "png", true), GIF("image/gif", "gif", false),
    WEBP("image/webp", "webp", false);

    private final String mediaType;
    private final String extension;
    private final boolean resizable;

    ImageFormat(String mediaType, String extension, boolean resizable) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.resizable = resizable;
    }

    static Optional<ImageFormat> of(byte[] bytes) {
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')
                && bytes[5] == 'a') {
            return Optional.of(GIF);
        }
        if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * Width and height from a WebP header: lossy (VP8), lossless (VP8L) or extended (VP8X).
     * Empty when the header is not one of those or is cut short.
     */
    static Optional<int[]> webpSize(byte[] b) {
        if (b.length < 30) {
            return Optional.empty();
        }
        if (starts(b, 12, 'V', 'P', '8', ' ') && starts(b, 23, 0x9D, 0x01, 0x2A)) {
            return Optional.of(new int[] { le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF });
        }
        if (starts(b, 12, 'V', 'P', '8', 'L') && (b[20] & 0xFF) == 0x2F) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return Optional.of(new int[] { (bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1 });
        }
        if (starts(b, 12, 'V', 'P', '8', 'X')) {
            int width = ((b[24] & 0xFF) | (b[25] & 0xFF) << 8 | (b[26] & 0xFF) << 16) + 1;
            int height = ((b[27] & 0xFF) | (b[28] & 0xFF) << 8 | (b[29] & 0xFF) << 16) + 1;
            return Optional.of(new int[] { width, height });
        }
        return Optional.empty();
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    /** Whether resized copies are made: not of GIFs, whose animation would be lost, nor of WebP. */
    boolean resizable() {
        return resizable;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
