package news.masthead.comments;

import org.jspecify.annotations.Nullable;

/** Where a comment being answered sits in its thread: all a reply needs to find its own place. */
record ReplyTarget(long id, long articleId, @Nullable Long parentId, long threadId, int depth) {
}
