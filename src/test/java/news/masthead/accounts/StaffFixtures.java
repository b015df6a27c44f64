package news.masthead.accounts;

/** Adds staff members for tests in other modules, which cannot reach the accounts module's insides. */
public final class StaffFixtures {

    private StaffFixtures() {
    }

    public static void join(StaffManagement staff, String displayName, String email, String password, Role role) {
        staff.join(new NewStaffMember(displayName, email, password), role);
    }
}
