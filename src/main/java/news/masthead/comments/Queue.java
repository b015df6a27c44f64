package news.masthead.comments;

/** The moderators' queues: what waits, what readers reported, and what was decided. */
public enum Queue {

    PENDING("Pending"), REPORTED("Reported"), APPROVED("Approved"), SPAM("Spam"), TRASH("Trash");

    private final String label;

    Queue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The queue named in a link, or pending for anything else. */
    public static Queue of(String slug) {
        for (var queue : values()) {
            if (queue.slug().equals(slug)) {
                return queue;
            }
        }
        return PENDING;
    }
}
