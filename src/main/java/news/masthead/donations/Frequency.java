package news.masthead.donations;

/** Whether a gift is made once or taken every month until the donor stops it. */
public enum Frequency {

    ONE_OFF("one-off", "One-off"),
    MONTHLY("monthly", "Monthly");

    private final String code;
    private final String label;

    Frequency(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As it appears in forms, Stripe metadata and the export. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Frequency ofCode(String code) {
        for (var frequency : values()) {
            if (frequency.code.equals(code)) {
                return frequency;
            }
        }
        throw new IllegalArgumentException("No such frequency: " + code);
    }
}
