package news.masthead.comments;

/** Why a reader reported a comment; the choices on the report form. */
public enum ReportReason {

    SPAM("Spam or advertising"),
    ABUSE("Abusive or hateful"),
    OFF_TOPIC("Off topic"),
    PERSONAL("Reveals someone's private details"),
    OTHER("Something else");

    private final String label;

    ReportReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
