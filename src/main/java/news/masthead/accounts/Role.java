package news.masthead.accounts;

/**
 * What a staff member may do in the newsroom. Spring Security sees each as an authority
 * {@code ROLE_<name>}; the URL map in the security configuration spells out which role reaches which
 * admin path.
 */
public enum Role {

    ADMINISTRATOR("Administrator"),
    EDITOR("Editor"),
    AUTHOR("Author"),
    CONTRIBUTOR("Contributor"),
    MODERATOR("Moderator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether this role decides which readers' comments are shown. The admin shows the buttons by
     * this; the security configuration's URL map, which enforces it, names the same three roles.
     */
    public boolean moderatesComments() {
        return this == ADMINISTRATOR || this == EDITOR || this == MODERATOR;
    }
}
