package news.masthead.publishing;

import java.util.Map;

/** A draft that cannot be kept as it stands, with what is wrong, field by field, in the editor's words. */
public class DraftRejected extends RuntimeException {

    private final Map<String, String> problems;

    public DraftRejected(Map<String, String> problems) {
        super("Draft rejected: " + problems.keySet(), null, false, false);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
