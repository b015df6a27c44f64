package news.masthead.newsletter;

/** How often a subscriber hears from us. */
public enum Frequency {
    /** Each article as it is sent, on its own. */
    IMMEDIATE("Every article, as it is published"),
    /** One digest a day of what was published since the last one. */
    DAILY("A daily digest"),
    /** One digest a week. */
    WEEKLY("A weekly digest");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
