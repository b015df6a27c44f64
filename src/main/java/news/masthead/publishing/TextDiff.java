package news.masthead.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import news.masthead.publishing.DiffLine.Change;
import news.masthead.publishing.DiffLine.Span;

/**
 * Compares two texts line by line (paragraphs, in Markdown), then word by word inside a line that
 * was rewritten. A longest-common-subsequence table is plenty for articles; past a few million
 * cells a rewritten line is shown whole instead of word by word.
 */
final class TextDiff {

    private static final Pattern WORDS = Pattern.compile("(?<=\\s)(?=\\S)");
    private static final long MAX_CELLS = 4_000_000;

    private TextDiff() {
    }

    static List<DiffLine> lines(String before, String after) {
        var a = List.of(before.split("\n", -1));
        var b = List.of(after.split("\n", -1));
        var lines = new ArrayList<DiffLine>();
        var removed = new ArrayList<String>();
        var added = new ArrayList<String>();
        for (var step : steps(a, b)) {
            if (step.change() == Change.REMOVED) {
                removed.add(step.text());
            }
            else if (step.change() == Change.ADDED) {
                added.add(step.text());
            }
            else {
                flush(removed, added, lines);
                lines.add(new DiffLine(Change.SAME, List.of(new Span(Change.SAME, step.text()))));
            }
        }
        flush(removed, added, lines);
        return lines;
    }

    /** Lines removed and added at one place are paired up as rewrites; the rest stand alone. */
    private static void flush(List<String> removed, List<String> added, List<DiffLine> lines) {
        int pairs = Math.min(removed.size(), added.size());
        for (int i = 0; i < pairs; i++) {
            lines.add(new DiffLine(Change.CHANGED, words(removed.get(i), added.get(i))));
        }
        for (int i = pairs; i < removed.size(); i++) {
            lines.add(new DiffLine(Change.REMOVED, List.of(new Span(Change.REMOVED, removed.get(i)))));
        }
        for (int i = pairs; i < added.size(); i++) {
            lines.add(new DiffLine(Change.ADDED, List.of(new Span(Change.ADDED, added.get(i)))));
        }
        removed.clear();
        added.clear();
    }

    static List<Span> words(String before, String after) {
        var a = List.of(WORDS.split(before));
        var b = List.of(WORDS.split(after));
        if ((long) a.size() * b.size() > MAX_CELLS) {
            return List.of(new Span(Change.REMOVED, before), new Span(Change.ADDED, after));
        }
        var spans = new ArrayList<Span>();
        for (var step : steps(a, b)) {
            if (!spans.isEmpty() && spans.getLast().change() == step.change()) {
                var last = spans.removeLast();
                spans.add(new Span(last.change(), last.text() + step.text()));
            }
            else {
                spans.add(step);
            }
        }
        return spans;
    }

    /** The edit script from {@code a} to {@code b}, one token per step. */
    private static List<Span> steps(List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            var whole = new ArrayList<Span>();
            a.forEach(line -> whole.add(new Span(Change.REMOVED, line)));
            b.forEach(line -> whole.add(new Span(Change.ADDED, line)));
            return whole;
        }
        int n = a.size();
        int m = b.size();
        var common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var steps = new ArrayList<Span>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                steps.add(new Span(Change.SAME, a.get(i)));
                i++;
                j++;
            }
            else if (common[i + 1][j] >= common[i][j + 1]) {
                steps.add(new Span(Change.REMOVED, a.get(i++)));
            }
            else {
                steps.add(new Span(Change.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            steps.add(new Span(Change.REMOVED, a.get(i++)));
        }
        while (j < m) {
            steps.add(new Span(Change.ADDED, b.get(j++)));
        }
        return steps;
    }
}
