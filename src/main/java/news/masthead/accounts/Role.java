package news.masthead.accounts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a staff member may do in the newsroom: the permission matrix, written down here and nowhere
 * else. Spring Security sees a role as the authority {@code ROLE_<name>} and each of its
 * permissions as an authority of the permission's name.
 */
public enum Role {

    ADMINISTRATOR("Administrator", EnumSet.allOf(Permission.class)),
    EDITOR("Editor", EnumSet.of(Permission.WRITE_DRAFTS, Permission.PUBLISH_OWN, Permission.PUBLISH_ANY,
            Permission.EDIT_ANY, Permission.UPLOAD_MEDIA, Permission.MODERATE_COMMENTS,
            Permission.MANAGE_MODERATION_RULES, Permission.MANAGE_NEWSLETTER, Permission.READ_CONTACT_MESSAGES)),
    AUTHOR("Author", EnumSet.of(Permission.WRITE_DRAFTS, Permission.PUBLISH_OWN, Permission.UPLOAD_MEDIA)),
    CONTRIBUTOR("Contributor", EnumSet.of(Permission.WRITE_DRAFTS)),
    MODERATOR("Moderator", EnumSet.of(Permission.MODERATE_COMMENTS));

    private final String label;
    private final Set<Permission> permissions;

    Role(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = Collections.unmodifiableSet(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public String label() {
        return label;
    }

    /** Whether this role decides which readers' comments are shown. */
    public boolean moderatesComments() {
        return may(Permission.MODERATE_COMMENTS);
    }
}
