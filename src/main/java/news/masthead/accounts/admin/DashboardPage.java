package news.masthead.accounts.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import news.masthead.publishing.NewsroomDesk;

/** The newsroom's front page: a few counts, each linking to where the work is, and the editorial desk. */
public record DashboardPage(AdminLayout layout, long publishedArticles, List<Figure> figures,
        @Nullable String notice, @Nullable NewsroomDesk desk) {

    /** A count from another module, such as the comments awaiting moderation. */
    public record Figure(long count, String label, String path) {
    }
}
