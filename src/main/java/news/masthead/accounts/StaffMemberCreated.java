package news.masthead.accounts;

/** Someone joined the newsroom's staff and may now sign in. */
public record StaffMemberCreated(long staffMemberId, Role role) {
}
