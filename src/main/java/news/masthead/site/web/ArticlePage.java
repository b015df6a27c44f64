package news.masthead.site.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.comments.CommentForm;
import news.masthead.comments.PublishedComment;
import news.masthead.moderation.FormGuard;
import news.masthead.publishing.PublishedArticle;

/**
 * An article with its approved comments and the reply form.
 *
 * @param ownComment the reader's own comment awaiting moderation, shown only to that reader
 * @param errors messages per form field, empty unless a submission was refused
 * @param guard the reply form's hidden honeypot and signed form token
 */
public record ArticlePage(Layout layout, PublishedArticle article, List<PublishedComment> comments,
        @Nullable PublishedComment ownComment, CommentForm form, Map<String, String> errors, FormGuard guard) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }
}
