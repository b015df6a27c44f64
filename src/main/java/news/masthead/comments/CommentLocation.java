package news.masthead.comments;

/** Where a comment is shown: the article, and the page of its comments. */
public record CommentLocation(long articleId, int page) {
}
