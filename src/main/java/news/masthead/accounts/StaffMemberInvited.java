package news.masthead.accounts;

/** An administrator invited someone to join the staff; the e-mail with the link is queued. */
public record StaffMemberInvited(String email, Role role) {
}
