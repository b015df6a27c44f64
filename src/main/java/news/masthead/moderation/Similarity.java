package news.masthead.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints of a text for finding it again: an exact one of its normalised form, and a 64-bit
 * similarity hash (SimHash over runs of five characters) in which texts that differ by a few words
 * differ by a few bits. Spam campaigns post the same text with a word or a link swapped; the
 * similarity hash sees through that, a plain hash would not.
 */
final class Similarity {

    /**
     * At most this many differing bits counts as the same text: a word changed in a comment of a few
     * lines flips five to eight, unrelated texts differ in twenty or more.
     */
    static final int NEAR = 7;
    static final int BANDS = NEAR + 1;
    /** Texts are compared by their runs of this many characters. */
    private static final int SHINGLE = 5;

    private Similarity() {
    }

    static String exact(String body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(TextFeatures.normalise(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static long hash(String body) {
        var text = TextFeatures.normalise(body).replaceAll("[^\\p{L}\\p{N}]+", " ");
        var counts = new int[64];
        for (int i = 0; i + SHINGLE <= text.length(); i++) {
            add(counts, fnv(text, i, i + SHINGLE));
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (counts[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return hash;
    }

    /** The eight bytes: near texts (at most {@link #NEAR} bits apart) share at least one. */
    static int band(long hash, int band) {
        return (int) ((hash >>> (8 * band)) & 0xff);
    }

    static boolean near(long a, long b) {
        return Long.bitCount(a ^ b) <= NEAR;
    }

    private static void add(int[] counts, long h) {
        for (int bit = 0; bit < 64; bit++) {
            counts[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
        }
    }

    private static long fnv(String text, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
