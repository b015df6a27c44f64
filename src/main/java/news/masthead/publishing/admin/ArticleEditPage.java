package news.masthead.publishing.admin;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.Permission;
import news.masthead.accounts.admin.AdminLayout;
import news.masthead.publishing.Author;
import news.masthead.publishing.EditLock;
import news.masthead.publishing.EditableArticle;
import news.masthead.publishing.Section;

/**
 * The editor: the form, what is wrong with it if it came back, and the workflow buttons the
 * signed-in person may press. A new article has no {@code article} yet, and no {@code lock}: nobody
 * else can be editing it.
 */
public record ArticleEditPage(AdminLayout layout, ArticleForm form, Map<String, String> errors,
        @Nullable EditableArticle article, @Nullable EditLock lock, List<Section> sections, List<Author> authors,
        String zoneName, EditorAssets assets, @Nullable String notice) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public String action() {
        return article == null ? "/admin/articles" : "/admin/articles/" + article.id();
    }

    public boolean mayPublish() {
        return article != null ? article.mayPublish() : false;
    }

    /** Somebody else is editing: the page says who and since when, and offers to take over. */
    public boolean lockedByAnother() {
        return lock != null && !lock.mine();
    }

    /** Whether the image picker offers to upload a new image, not only to choose a described one. */
    public boolean mayUpload() {
        return layout.staff() != null && layout.staff().role().may(Permission.UPLOAD_MEDIA);
    }

    public String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
