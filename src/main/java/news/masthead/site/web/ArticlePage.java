package news.masthead.site.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.comments.CommentForm;
import news.masthead.comments.PublishedComment;
import news.masthead.publishing.PublishedArticle;

/**
 * An article with its approved comments and the reply form.
 *
 * @param ownComment the reader's own comment awaiting moderation, shown only to that reader
 * @param errors messages per form field, empty unless a submission was refused
 * @param appealLine what the donation appeal says about this article in particular, if anything
 */
public record ArticlePage(Layout layout, PublishedArticle article, List<PublishedComment> comments,
        @Nullable PublishedComment ownComment, CommentForm form, Map<String, String> errors,
        @Nullable String appealLine) {

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
}
