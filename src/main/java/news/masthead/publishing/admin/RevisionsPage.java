package news.masthead.publishing.admin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.publishing.EditableArticle;
import news.masthead.publishing.Revision;
import news.masthead.publishing.RevisionComparison;

/** An article's revisions, newest first, and the comparison of two of them when one was asked for. */
public record RevisionsPage(AdminLayout layout, EditableArticle article, List<Revision> revisions,
        @Nullable RevisionComparison comparison, EditorAssets assets, @Nullable String notice) {
}
