package news.masthead.comments;

/**
 * Screening's refusal to take a comment at all: too many too fast, or the same comment again. Unlike
 * a verdict, a refusal is told to the reader, who gets the form back with the text intact. Thrown by
 * {@link CommentScreening}; nothing of the comment is stored.
 *
 * @param tooMany true when the reader is posting too fast (HTTP 429), false for a duplicate (422)
 */
public class CommentRefused extends RuntimeException {

    private final boolean tooMany;

    public CommentRefused(boolean tooMany, String message) {
        super(message);
        this.tooMany = tooMany;
    }

    /** True when the reader is posting too fast, rather than repeating a comment. */
    public boolean tooMany() {
        return tooMany;
    }
}
