package news.masthead.moderation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns a submission into a sparse vector of hashed features for {@link SpamClassifier}: word
 * unigrams and bigrams, character 3- to 5-grams of the normalised text, and flags (links, digits,
 * capitals, length, the author's name as "a:" tokens, linked domains as "d:" tokens). Hashing keeps
 * the model a fixed size however many words it meets, and needs no vocabulary to share between
 * nodes; the hash is computed here, not by {@code String.hashCode}, because stored weights depend on
 * it never changing.
 */
final class TextFeatures {

    /**
     * Bump when the features or the way {@link SpamClassifier#train} learns from them change: a stored
     * model of another version is trained again from the shipped corpus and past decisions.
     */
    static final int VERSION = 2;
    static final int BITS = 20;
    static final int DIMENSION = 1 << BITS;

    private static final int WORDS = 1;
    private static final int BIGRAMS = 2;
    private static final int CHARS = 3;
    private static final int META = 4;

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "(?i)<\\s*/?\\s*[a-z][a-z0-9]*(?:[^>]*?\\bhref\\s*=\\s*\"([^\"]*)\")?[^>]*>");
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(#?[a-zA-Z0-9]{1,8});");

    private static final float[] GROUP_WEIGHTS = {2, 2, 1};
    /**
     * The fewest features a group is scaled for: a comment of a few words fills its groups with fewer
     * features than these, and so carries less evidence than a long one instead of as much. Without
     * it the model was as sure of "Well said." as of a paragraph, and sent short reader comments to
     * spam; cross-validation on the development data showed no loss from it.
     */
    private static final int[] FLOOR = {30, 250, 0};

    private TextFeatures() {
    }

    /** A sparse vector: distinct indices in ascending order with their values. */
    record Vector(int[] indices, float[] values) {
    }

    static Vector of(Submission submission) {
        var text = normalise(submission.body());
        var words = new Ints();
        var chars = new Ints();
        var meta = new Ints();
        addWords(text, words);
        var padded = " " + text + " ";
        for (int n = 3; n <= 5; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                chars.add(hash(CHARS * 31 + n, padded, i, i + n));
            }
        }
        addMeta(submission, meta);
        return combine(words.distinct(), chars.distinct(), meta.distinct());
    }

    /** The number of words in a comment's text, as the word features count them. */
    static int words(String body) {
        var text = normalise(body);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    static String normalise(String text) {
        var folded = Normalizer.normalize(unescape(text), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\ufeff' || (c >= '\u200b' && c <= '\u200f')) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Comments pasted from elsewhere carry markup and entities ("&#39;", "&lt;br /&gt;"); they are read
     * as the text they stand for. Link targets inside tags are kept, tag names are not.
     */
    private static String unescape(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        var plain = TAG.matcher(text).replaceAll(" $1 ");
        var out = new StringBuilder(plain.length());
        var matcher = ENTITY.matcher(plain);
        while (matcher.find()) {
            var name = matcher.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> name.startsWith("#") ? codePoint(name) : matcher.group();
            };
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String entity) {
        try {
            int code = entity.startsWith("#x") || entity.startsWith("#X") ? Integer.parseInt(entity.substring(2), 16)
                    : Integer.parseInt(entity.substring(1));
            return Character.isValidCodePoint(code) ? Character.toString(code) : " ";
        } catch (NumberFormatException e) {
            return " ";
        }
    }

    private static void addWords(String text, Ints words) {
        int previousStart = -1;
        int previousEnd = -1;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(hash(WORDS, text, start, i));
                if (previousStart >= 0) {
                    words.add(mix(hash(BIGRAMS, text, previousStart, previousEnd) * 31 + hash(BIGRAMS, text, start, i)));
                }
                previousStart = start;
                previousEnd = i;
            }
        }
    }

    private static void addMeta(Submission submission, Ints meta) {
        var body = submission.body();
        var links = Links.in(body);
        meta.add(flag(links.isEmpty() ? "no-link" : "link"));
        meta.add(flag("links=" + Math.min(links.size(), 3)));
        if (Links.hasObfuscated(body)) {
            meta.add(flag("obfuscated"));
        }
        if (!submission.url().isEmpty()) {
            meta.add(flag("website"));
        }
        int letters = 0;
        int capitals = 0;
        int digits = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    capitals++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        meta.add(flag("caps=" + (letters == 0 ? 0 : 1 + capitals * 4 / letters)));
        meta.add(flag("digits=" + (body.isEmpty() ? 0 : Math.min(4, 1 + digits * 20 / body.length()))));
        meta.add(flag("length=" + (32 - Integer.numberOfLeadingZeros(body.length() / 8))));
        var author = normalise(submission.author());
        for (var token : author.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                meta.add(flag("a:" + token));
            }
        }
        for (var domain : Links.domains(submission)) {
            meta.add(flag("d:" + domain));
        }
    }

    private static int flag(String name) {
        return hash(META, name, 0, name.length());
    }

    /**
     * Each group is scaled to a fixed length (or less, below its {@link #FLOOR}), so that thousands of
     * character n-grams do not drown a few flags; words and n-grams get twice the flags' length, which
     * cross-validation on the development data preferred.
     */
    private static Vector combine(int[]... groups) {
        int size = 0;
        for (var group : groups) {
            size += group.length;
        }
        var merged = new long[size];
        int at = 0;
        int g = 0;
        for (var group : groups) {
            float value = group.length == 0 ? 0 : GROUP_WEIGHTS[g] * (float) (1 / Math.sqrt(Math.max(group.length, FLOOR[g])));
            g++;
            for (int index : group) {
                merged[at++] = ((long) index << 32) | Float.floatToRawIntBits(value);
            }
        }
        Arrays.sort(merged);
        var indices = new int[size];
        var values = new float[size];
        int n = 0;
        for (long entry : merged) {
            int index = (int) (entry >>> 32);
            float value = Float.intBitsToFloat((int) entry);
            if (n > 0 && indices[n - 1] == index) {
                values[n - 1] += value;
            } else {
                indices[n] = index;
                values[n++] = value;
            }
        }
        return new Vector(Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
    }

    /** FNV-1a over the characters, seeded by the feature group, then mixed and cut to the model's size. */
    private static int hash(int seed, CharSequence text, int from, int to) {
        int h = 0x811c9dc5 ^ seed * 0x01000193;
        for (int i = from; i < to; i++) {
            h ^= text.charAt(i);
            h *= 0x01000193;
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & (DIMENSION - 1);
    }

    /** A growable int list, to avoid boxing thousands of n-grams per comment. */
    private static final class Ints {
        private int[] items = new int[64];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        int[] distinct() {
            var sorted = Arrays.copyOf(items, size);
            Arrays.sort(sorted);
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (n == 0 || sorted[n - 1] != sorted[i]) {
                    sorted[n++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, n);
        }
    }
}
