package news.masthead.comments;

/** A reader sent a comment; it waits, unseen by others, for a verdict. */
public record CommentSubmitted(long commentId, long articleId) {
}
