package news.masthead.comments;

/** A moderator closed (or opened again) an article's comments; its page shows the form or not. */
public record CommentingClosed(long articleId, boolean closed) {
}
