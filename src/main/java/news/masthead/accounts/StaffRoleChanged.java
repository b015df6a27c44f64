package news.masthead.accounts;

/** An administrator gave a staff member another role; their open sessions have ended. */
public record StaffRoleChanged(long staffMemberId, Role from, Role to) {
}
