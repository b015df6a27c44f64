package news.masthead.comments;

/**
 * Shown beside a comment written from the newsroom, so that readers can tell the paper's voice
 * from a reader's: any staff member's, or the article's own writer's.
 */
public enum StaffMark {

    STAFF("Staff"), AUTHOR("Author");

    private final String label;

    StaffMark(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
