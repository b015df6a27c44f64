package news.masthead.comments.admin;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.comments.CommenterData;

/** The commenter-data page: the address searched for and what is held on it, if it was searched. */
public record CommenterView(AdminLayout layout, String email, @Nullable CommenterData data, @Nullable String notice) {
}
