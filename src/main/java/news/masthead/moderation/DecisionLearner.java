package news.masthead.moderation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import news.masthead.comments.CommentApproved;
import news.masthead.comments.CommentManagement;
import news.masthead.comments.CommentRejected;
import news.masthead.comments.ScreenedComment;
import news.masthead.comments.ScreeningVerdict;

/**
 * Learns from moderators as they decide: an approval is a real comment, a spam mark is spam, and
 * both go into the commenter's record. A comment screening published by itself is approved without
 * a moderator, so it counts for the commenter but does not teach the classifier its own opinion;
 * nor do comments imported without screening.
 */
@Component
class DecisionLearner {

    private final CommentManagement comments;
    private final ModerationManagement moderation;

    DecisionLearner(CommentManagement comments, ModerationManagement moderation) {
        this.comments = comments;
        this.moderation = moderation;
    }

    @ApplicationModuleListener
    void on(CommentApproved approved) {
        comments.screened(approved.commentId()).ifPresent(comment -> {
            moderation.recordCommenter(comment.candidate().authorEmail(), true);
            if (decidedByModerator(comment)) {
                moderation.learn(CommentScreener.submission(comment.candidate()), false);
            }
        });
    }

    @ApplicationModuleListener
    void on(CommentRejected rejected) {
        if (!rejected.spam()) {
            return;
        }
        comments.screened(rejected.commentId()).ifPresent(comment -> {
            moderation.recordCommenter(comment.candidate().authorEmail(), false);
            moderation.learn(CommentScreener.submission(comment.candidate()), true);
        });
    }

    private static boolean decidedByModerator(ScreenedComment comment) {
        return comment.screening() != null && comment.screening().verdict() != ScreeningVerdict.PUBLISH;
    }
}
