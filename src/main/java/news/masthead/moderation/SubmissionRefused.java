package news.masthead.moderation;

/**
 * A submission moderation will not take at all, with a message for the person who sent it: too many
 * too fast ({@link #tooMany()}), or the same text again. Callers show the form again with the text.
 */
public class SubmissionRefused extends RuntimeException {

    private final boolean tooMany;

    SubmissionRefused(boolean tooMany, String message) {
        super(message);
        this.tooMany = tooMany;
    }

    public boolean tooMany() {
        return tooMany;
    }
}
