package news.masthead.accounts.admin;

import news.masthead.accounts.Permission;

/**
 * An entry in the admin's navigation. A module that has admin pages declares one as a bean; the
 * frame shows it, in {@code order}, to staff whose role has the permission.
 */
public record AdminLink(String label, String path, Permission permission, int order) {
}
