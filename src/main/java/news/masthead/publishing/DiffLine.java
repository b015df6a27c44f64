package news.masthead.publishing;

import java.util.List;

/**
 * One line of a comparison between two revisions. A changed line holds both versions' words, each
 * marked as kept, added or removed, so an editor sees the edit inside the paragraph.
 */
public record DiffLine(Change change, List<Span> spans) {

    public enum Change {
        SAME, ADDED, REMOVED, CHANGED
    }

    /** A run of text that was kept ({@code SAME}), added or removed. */
    public record Span(Change change, String text) {
    }
}
