package news.masthead.moderation;

import org.springframework.stereotype.Component;

import news.masthead.comments.CommentCandidate;
import news.masthead.comments.CommentRefused;
import news.masthead.comments.CommentScreening;
import news.masthead.comments.Screening;
import news.masthead.comments.ScreeningReason;
import news.masthead.comments.ScreeningVerdict;

/** Moderation's answer to the comments module's question: what to do with this new comment. */
@Component
class CommentScreener implements CommentScreening {

    private final ModerationManagement moderation;

    CommentScreener(ModerationManagement moderation) {
        this.moderation = moderation;
    }

    @Override
    public Screening screen(CommentCandidate candidate) {
        var arrival = new Arrival(FormGuard.commentForm(candidate.articleId()), submission(candidate), candidate.address(),
                candidate.userAgent(), candidate.signals(), candidate.submittedAt());
        Verdict verdict;
        try {
            verdict = moderation.screen(arrival);
        } catch (SubmissionRefused refused) {
            throw new CommentRefused(refused.tooMany(), refused.getMessage());
        }
        return new Screening(ScreeningVerdict.valueOf(verdict.decision().name()), verdict.score(),
                verdict.reasons().stream().map(r -> new ScreeningReason(r.check(), r.score(), r.text())).toList());
    }

    static Submission submission(CommentCandidate candidate) {
        return new Submission(candidate.authorName(), candidate.authorEmail(), candidate.authorUrl(), candidate.body());
    }
}
