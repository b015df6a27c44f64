package news.masthead.accounts;

/** A staff member may no longer sign in; their account and what they wrote remain. */
public record StaffMemberDeactivated(long staffMemberId) {
}
