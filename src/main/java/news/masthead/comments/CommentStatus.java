package news.masthead.comments;

public enum CommentStatus {
    PENDING, APPROVED, SPAM, TRASH
}
