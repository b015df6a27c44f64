package news.masthead.comments;

/**
 * The receipt a reader gets for a comment, with screening's verdict. With the hash, the reader may
 * see a held comment while it waits. A discarded comment has no id and no hash.
 */
public record SubmittedComment(long id, String moderationHash, ScreeningVerdict verdict) {

    public boolean published() {
        return verdict == ScreeningVerdict.PUBLISH;
    }
}
