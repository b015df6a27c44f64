package news.masthead.accounts.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import news.masthead.comments.PendingComment;
import news.masthead.publishing.NewsroomDesk;

/** The newsroom's front page: a few counts and the comments waiting for a moderator. */
public record DashboardPage(AdminLayout layout, long publishedArticles, long pendingCount,
        List<PendingItem> pending, boolean canModerate, @Nullable String notice, @Nullable NewsroomDesk desk) {

    /** A waiting comment with the story it is on; a story taken down since has no headline or path. */
    public record PendingItem(PendingComment comment, @Nullable String headline, @Nullable String articlePath) {
    }
}
