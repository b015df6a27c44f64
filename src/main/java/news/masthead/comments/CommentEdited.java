package news.masthead.comments;

/** A moderator changed a comment's text; if it is shown, the article's page shows the new text. */
public record CommentEdited(long commentId, long articleId, boolean shown) {
}
