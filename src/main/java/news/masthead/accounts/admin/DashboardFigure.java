package news.masthead.accounts.admin;

import news.masthead.accounts.Permission;

/**
 * A number on the dashboard with a link to where it is dealt with, such as the comments waiting
 * for moderation. A module declares one as a bean; staff whose role has the permission see it.
 */
public interface DashboardFigure {

    /** What the number counts, worded for that number: "comments awaiting moderation". */
    String label(long count);

    String path();

    Permission permission();

    long count();
}
