package news.masthead.accounts;

/** Whom an invitation link is for, and the role an administrator chose for them. */
public record StaffInvitation(String email, Role role) {
}
