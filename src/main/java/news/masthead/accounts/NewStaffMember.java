package news.masthead.accounts;

/** Who is joining the staff, with the password they chose, in plain text until it is hashed. */
public record NewStaffMember(String displayName, String email, String password) {

    @Override
    public String toString() {
        return "NewStaffMember[displayName=" + displayName + ", email=" + email + "]";
    }
}
