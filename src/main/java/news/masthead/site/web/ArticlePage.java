package news.masthead.site.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentThread;
import news.masthead.comments.PublishedComment;
import news.masthead.moderation.FormGuard;
import news.masthead.publishing.PublishedArticle;

/**
 * An article with a page of its approved comments and the reply form.
 *
 * @param ownComment the reader's own comment awaiting moderation, shown only to that reader
 * @param replyingTo the comment the form answers, when the reader chose "Reply"
 * @param errors messages per form field, empty unless a submission was refused
 * @param appealLine what the donation appeal says about this article in particular, if anything
 * @param guard the reply form's hidden honeypot and signed form token
 */
public record ArticlePage(Layout layout, PublishedArticle article, CommentThread thread,
        @Nullable PublishedComment ownComment, @Nullable PublishedComment replyingTo, CommentForm form,
        Map<String, String> errors, @Nullable String appealLine, FormGuard guard) {

    public List<PublishedComment> comments() {
        return thread.comments();
    }

    /** The site's own Support page learns which article led the reader there; elsewhere is left as set. */
    public String appealHref() {
        var url = layout.site().appealUrl();
        return url.equals("/support") ? url + "?article=" + article.id() : url;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    /** The address of one page of the comments. */
    public String commentsPage(int page) {
        return article.path() + (page == 1 ? "" : "?page=" + page) + "#comments";
    }
}
