package news.masthead.comments;

/** The receipt a reader gets for a comment: with the hash, the reader may see it while it waits. */
public record SubmittedComment(long id, String moderationHash) {
}
