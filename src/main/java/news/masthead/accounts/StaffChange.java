package news.masthead.accounts;

/** How an administrator's change to a staff member went. */
public enum StaffChange {
    DONE,
    NOT_FOUND,
    /** Refused: the newsroom would be left without an active administrator. */
    LAST_ADMINISTRATOR
}
