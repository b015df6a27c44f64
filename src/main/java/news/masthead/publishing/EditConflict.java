package news.masthead.publishing;

import java.util.Map;

/**
 * A save from the editor that would bury somebody else's work: they hold the edit lock, or they
 * saved after the writer opened the article. It comes back like any rejected draft, text intact.
 */
public class EditConflict extends DraftRejected {

    private final int newest;

    EditConflict(String message, int newest) {
        super(Map.of("conflict", message));
        this.newest = newest;
    }

    /** The revision the writer has now been shown to be behind: saving again from it is a choice, not an accident. */
    public int newest() {
        return newest;
    }
}
