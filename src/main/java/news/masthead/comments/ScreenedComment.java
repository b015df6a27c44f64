package news.masthead.comments;

import org.jspecify.annotations.Nullable;

/**
 * A stored comment as screening saw it, for whoever learns from moderators' decisions: what arrived,
 * and the verdict it got then (none for comments from before screening, or imported ones).
 */
public record ScreenedComment(CommentCandidate candidate, @Nullable Screening screening) {
}
