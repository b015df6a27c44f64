package news.masthead.publishing;

/**
 * Where an article stands in the newsroom: written, waiting for an editor, due to go live, live, or
 * taken down. Only a published article is seen by readers.
 */
public enum ArticleStatus {

    DRAFT("Draft"), SUBMITTED("Awaiting review"), SCHEDULED("Scheduled"), PUBLISHED("Published"),
    WITHDRAWN("Unpublished");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether readers have ever been able to see it, which makes it a correction's business. */
    boolean isLive() {
        return this == PUBLISHED;
    }
}
