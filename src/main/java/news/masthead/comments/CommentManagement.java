package news.masthead.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import news.masthead.signing.Signatures;

/** The comments module's API: taking readers' comments and showing the approved ones. */
@Service
public class CommentManagement {

    private static final String MODERATION_HASH = "comment-awaiting-moderation";
    /** Never the e-mail address: what leaves this module for the public is read through these. */
    private static final String PUBLIC_COLUMNS = "id, author_name, author_url, body, submitted_at";

    private final CommentRepository comments;
    private final JdbcClient jdbc;
    private final Signatures signatures;
    private final CommentSettings settings;
    private final ObjectProvider<CommentScreening> screening;
    private final Clock clock;

    CommentManagement(CommentRepository comments, JdbcClient jdbc, Signatures signatures, CommentSettings settings,
            ObjectProvider<CommentScreening> screening, Clock clock) {
        this.comments = comments;
        this.screening = screening;
        this.jdbc = jdbc;
        this.signatures = signatures;
        this.settings = settings;
        this.clock = clock;
    }

    /** Adds the checks that depend on settings to those the form's annotations made. */
    public void validate(CommentForm form, Errors errors) {
        int length = form.comment().strip().length();
        if (length > settings.maxLength()) {
            errors.rejectValue("comment", "comment.too-long", "Please shorten your comment to " + settings.maxLength()
                    + " characters or fewer; it has " + length + ".");
        }
    }

    @Transactional
    public SubmittedComment submit(long articleId, CommentForm form, @Nullable String address,
            @Nullable String userAgent) {
        return submit(articleId, form, address, userAgent, Map.of());
    }

    /**
     * Screens a new comment and stores it as judged: published, held or kept aside as spam. A
     * discarded comment is not stored; its receipt has no id.
     */
    @Transactional
    public SubmittedComment submit(long articleId, CommentForm form, @Nullable String address,
            @Nullable String userAgent, Map<String, String> signals) {
        var candidate = new CommentCandidate(articleId, form.author(), form.email(),
                form.url().isBlank() ? null : form.url(), form.comment().strip(), address, userAgent, signals,
                clock.instant());
        var screener = screening.getIfAvailable();
        var verdict = screener == null ? Screening.hold("screening", "No screening is configured") : screener.screen(candidate);
        if (verdict.verdict() == ScreeningVerdict.DISCARD) {
            return new SubmittedComment(0, "", ScreeningVerdict.DISCARD);
        }
        var comment = comments.save(Comment.screened(candidate, verdict));
        return new SubmittedComment(comment.id(), moderationHash(comment.id()), verdict.verdict());
    }

    /** Stores a comment made elsewhere or earlier, as it stood: for imports and demo content. */
    @Transactional
    public long importComment(long articleId, CommentForm form, Instant at, boolean approved) {
        var comment = Comment.submit(articleId, form, null, null, at);
        if (approved) {
            comment.approve();
        }
        return comments.save(comment).id();
    }

    @Transactional
    public void approve(long commentId) {
        comments.findById(commentId).ifPresent(comment -> comments.save(comment.approve()));
    }

    /** Keeps the comment from readers without calling it spam; shown comments are taken down. */
    @Transactional
    public void trash(long commentId) {
        comments.findById(commentId).ifPresent(comment -> comments.save(comment.trash()));
    }

    /** Keeps the comment from readers as spam; shown comments are taken down. */
    @Transactional
    public void markSpam(long commentId) {
        comments.findById(commentId).ifPresent(comment -> comments.save(comment.markSpam()));
    }

    /** The oldest comments still waiting for a moderator, first come first served; for staff only. */
    @Transactional(readOnly = true)
    public List<PendingComment> pending(int limit) {
        return jdbc.sql("SELECT id, article_id, author_name, author_email, author_url, body, submitted_at"
                + " FROM comment WHERE status = 'PENDING' ORDER BY submitted_at, id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new PendingComment(rs.getLong("id"), rs.getLong("article_id"),
                        rs.getString("author_name"), rs.getString("author_email"), rs.getString("author_url"),
                        rs.getString("body"), rs.getObject("submitted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public long pendingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM comment WHERE status = 'PENDING'").query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<PublishedComment> approvedOn(long articleId) {
        return jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM comment"
                + " WHERE article_id = :articleId AND status = 'APPROVED' ORDER BY submitted_at, id")
                .param("articleId", articleId)
                .query((rs, n) -> published(rs, false))
                .list();
    }

    /** The reader's own comment while it waits, shown only to whoever holds its moderation hash. */
    @Transactional(readOnly = true)
    public Optional<PublishedComment> awaitingModeration(long articleId, long commentId, String hash) {
        if (!signatures.verify(MODERATION_HASH, Long.toString(commentId), hash)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + PUBLIC_COLUMNS + " FROM comment"
                + " WHERE id = :id AND article_id = :articleId AND status = 'PENDING'")
                .param("id", commentId)
                .param("articleId", articleId)
                .query((rs, n) -> published(rs, true))
                .optional();
    }

    private static PublishedComment published(ResultSet rs, boolean awaitingModeration) throws SQLException {
        return new PublishedComment(rs.getLong("id"), rs.getString("author_name"), rs.getString("author_url"),
                CommentBodyRenderer.render(rs.getString("body")),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), awaitingModeration);
    }

    private String moderationHash(long commentId) {
        return signatures.sign(MODERATION_HASH, Long.toString(commentId));
    }

    /** A stored comment as it arrived and as screening judged it, for moderation to learn from. */
    @Transactional(readOnly = true)
    public Optional<ScreenedComment> screened(long commentId) {
        return jdbc.sql("SELECT article_id, author_name, author_email, author_url, body, address, user_agent,"
                + " submitted_at, screening_verdict, screening_score, screening_reasons FROM comment WHERE id = :id")
                .param("id", commentId)
                .query((rs, n) -> {
                    var candidate = new CommentCandidate(rs.getLong("article_id"), rs.getString("author_name"),
                            rs.getString("author_email"), rs.getString("author_url"), rs.getString("body"),
                            rs.getString("address"), rs.getString("user_agent"), Map.of(),
                            rs.getObject("submitted_at", OffsetDateTime.class).toInstant());
                    var verdict = rs.getString("screening_verdict");
                    return new ScreenedComment(candidate, verdict == null ? null
                            : new Screening(ScreeningVerdict.valueOf(verdict), rs.getDouble("screening_score"),
                                    ScreeningReasons.parse(rs.getString("screening_reasons"))));
                })
                .optional();
    }
}
