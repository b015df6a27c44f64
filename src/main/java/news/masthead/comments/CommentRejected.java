package news.masthead.comments;

/**
 * A moderator turned a comment down, as spam or to the trash. If it had been shown, the article's
 * page no longer shows it.
 */
public record CommentRejected(long commentId, long articleId, boolean spam, boolean wasShown) {
}
