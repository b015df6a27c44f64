package news.masthead.publishing.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.publishing.ArticleStatus;
import news.masthead.publishing.DeskArticle;

/** The newsroom's list of articles, filtered by status and searched by headline. */
public record ArticleListPage(AdminLayout layout, List<DeskArticle> articles, @Nullable ArticleStatus status,
        String search, List<ArticleStatus> statuses, EditorAssets assets, @Nullable String notice) {
}
