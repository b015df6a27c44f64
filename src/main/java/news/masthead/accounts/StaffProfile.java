package news.masthead.accounts;

/** A staff member as the admin shows them; never carries the password hash or any secret. */
public record StaffProfile(long id, String email, String displayName, Role role, boolean active, boolean locked,
        boolean twoFactor) {
}
