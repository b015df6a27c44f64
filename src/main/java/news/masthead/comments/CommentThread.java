package news.masthead.comments;

import java.util.List;

/**
 * One page of an article's comments, in reading order: each top-level comment followed by its
 * replies, depth first. Long conversations are split by top-level comment, so a thread is never
 * cut in half.
 *
 * @param total approved comments on the article, on every page
 * @param open whether readers may still comment
 * @param firstNumber the number of this page's first top-level comment, counting from the oldest
 */
public record CommentThread(List<PublishedComment> comments, long total, int page, int pageCount, boolean open,
        int firstNumber) {

    public CommentThread {
        comments = List.copyOf(comments);
    }

    /** A top-level comment's place in the conversation (1 for the first); 0 for a reply. */
    public int number(PublishedComment comment) {
        if (comment.parentId() != null) {
            return 0;
        }
        int place = firstNumber;
        for (var shown : comments) {
            if (shown.id() == comment.id()) {
                return place;
            }
            if (shown.parentId() == null) {
                place++;
            }
        }
        return 0;
    }

    public boolean hasNewer() {
        return page < pageCount;
    }

    public boolean hasOlder() {
        return page > 1;
    }
}
