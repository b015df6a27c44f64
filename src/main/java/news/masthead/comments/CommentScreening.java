package news.masthead.comments;

/**
 * Judges a new comment before it is stored, or refuses it with {@link CommentRefused}. The
 * moderation module provides it; this module only asks, so that comments never depend on how the
 * judging is done. Without one, every comment is held for a moderator.
 */
public interface CommentScreening {

    Screening screen(CommentCandidate candidate);
}
