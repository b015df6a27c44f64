package news.masthead.comments;

import java.util.List;

/**
 * One page of an article's comments, in reading order: each top-level comment followed by its
 * replies, depth first. Long conversations are split by top-level comment, so a thread is never
 * cut in half.
 *
 * @param total approved comments on the article, on every page
 * @param open whether readers may still comment
 */
public record CommentThread(List<PublishedComment> comments, long total, int page, int pageCount, boolean open) {

    public CommentThread {
        comments = List.copyOf(comments);
    }

    public boolean hasNewer() {
        return page < pageCount;
    }

    public boolean hasOlder() {
        return page > 1;
    }
}
