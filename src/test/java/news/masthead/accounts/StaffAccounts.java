package news.masthead.accounts;

/**
 * Puts staff members straight onto the staff for tests in other packages, the way an accepted
 * invitation would, without the e-mail round trip.
 */
public final class StaffAccounts {

    private StaffAccounts() {
    }

    public static void join(StaffManagement staff, String displayName, String email, String password, Role role) {
        staff.join(new NewStaffMember(displayName, email, password), role);
    }
}
