package news.masthead.comments;

/** A comment is now shown under its article. */
public record CommentApproved(long commentId, long articleId) {
}
