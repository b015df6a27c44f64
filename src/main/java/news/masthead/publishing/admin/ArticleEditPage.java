package news.masthead.publishing.admin;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.publishing.Author;
import news.masthead.publishing.EditableArticle;
import news.masthead.publishing.Section;

/**
 * The editor: the form, what is wrong with it if it came back, and the workflow buttons the
 * signed-in person may press. A new article has no {@code article} yet.
 */
public record ArticleEditPage(AdminLayout layout, ArticleForm form, Map<String, String> errors,
        @Nullable EditableArticle article, List<Section> sections, List<Author> authors, String zoneName,
        EditorAssets assets, @Nullable String notice) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public String action() {
        return article == null ? "/admin/articles" : "/admin/articles/" + article.id();
    }

    public boolean mayPublish() {
        return article != null ? article.mayPublish() : false;
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
