package news.masthead.accounts.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The newsroom's front page: a few counts, each linking to where the work is. */
public record DashboardPage(AdminLayout layout, long publishedArticles, List<Figure> figures,
        @Nullable String notice) {

    /** A count from another module, such as the comments awaiting moderation. */
    public record Figure(long count, String label, String path) {
    }
}
