package news.masthead.comments;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.ArticleReference;
import news.masthead.signing.Signatures;

/** The comments module's API: taking readers' comments and the moderators' verdicts on them. */
@Service
public class CommentManagement {

    private static final String MODERATION_HASH = "comment-awaiting-moderation";
    /** Never the e-mail address: what leaves this module for the public is read through these. */
    private static final String PUBLIC_COLUMNS = CommentThreads.PUBLIC_COLUMNS;

    private final CommentRepository comments;
    private final JdbcClient jdbc;
    private final Signatures signatures;
    private final CommentSettings settings;
    private final ObjectProvider<CommentScreening> screening;
    private final CommentThreads threads;
    private final ArticleManagement articles;
    private final ReplyNotifications notifications;
    private final Clock clock;

    CommentManagement(CommentRepository comments, JdbcClient jdbc, Signatures signatures, CommentSettings settings,
            ObjectProvider<CommentScreening> screening, CommentThreads threads, ArticleManagement articles,
            ReplyNotifications notifications, Clock clock) {
        this.comments = comments;
        this.threads = threads;
        this.articles = articles;
        this.notifications = notifications;
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

    /**
     * Adds the checks that need the article: that its comments are open, and that the comment
     * answered is one shown on it. The article is the one the request already found, so it is not
     * looked up again.
     */
    @Transactional(readOnly = true)
    public void validate(ArticleReference article, CommentForm form, Errors errors) {
        validate(form, errors);
        long articleId = article.id();
        if (!threads.isOpen(articleId, article.publishedAt())) {
            errors.reject("comments.closed", "Comments on this story are closed.");
        }
        if (form.parent() != null && replyTarget(articleId, form.parent()).isEmpty()) {
            errors.rejectValue("parent", "comment.parent",
                    "The comment you were answering is no longer shown; your comment can still be posted on its own.");
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
        var screened = Comment.screened(candidate, verdict);
        if (form.parent() != null) {
            replyTarget(articleId, form.parent()).ifPresent(parent -> screened.replyTo(parent, settings.threadDepth()));
        }
        var comment = comments.save(screened);
        if (form.replies()) {
            notifications.request(comment);
        }
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

    /** Shows the comment; approving one held as spam tells moderation it was not. Closes its reports. */
    @Transactional
    public void approve(long commentId) {
        comments.findById(commentId).ifPresent(comment -> comments.save(comment.approve()));
        resolveReports(commentId);
    }

    /** Keeps the comment from readers without calling it spam; shown comments are taken down. */
    @Transactional
    public void trash(long commentId) {
        comments.findById(commentId).ifPresent(comment -> comments.save(comment.trash()));
        resolveReports(commentId);
    }

    /** Keeps the comment from readers as spam; shown comments are taken down. */
    @Transactional
    public void markSpam(long commentId) {
        comments.findById(commentId).ifPresent(comment -> comments.save(comment.markSpam()));
        resolveReports(commentId);
    }

    /** What a moderator may do to many comments at once. */
    public enum BulkAction {
        APPROVE, SPAM, TRASH
    }

    /** Gives the same verdict on each of the comments; returns how many there were. */
    @Transactional
    public int bulk(BulkAction action, List<Long> commentIds) {
        for (var id : commentIds) {
            switch (action) {
                case APPROVE -> approve(id);
                case SPAM -> markSpam(id);
                case TRASH -> trash(id);
            }
        }
        return commentIds.size();
    }

    /** Corrects a comment's text, keeping the text before and who changed it. False if nothing changed. */
    @Transactional
    public boolean edit(long commentId, String text, String editor) {
        var comment = comments.findById(commentId).orElse(null);
        if (comment == null || text.isBlank() || comment.body().equals(text.strip())) {
            return false;
        }
        jdbc.sql("INSERT INTO comment_edit (comment_id, edited_by, edited_at, before_body)"
                + " VALUES (:id, :by, :at, :before)")
                .param("id", commentId)
                .param("by", editor)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("before", comment.body())
                .update();
        comments.save(comment.edit(text, clock.instant()));
        return true;
    }

    /**
     * A staff member answers a comment from the admin: shown at once, with a staff mark (the
     * author's mark if they are bylined on the story), and the comment answered is approved too.
     * Empty if the comment is gone.
     */
    @Transactional
    public Optional<Long> replyAsStaff(long commentId, String text, String name, String email) {
        var parent = comments.findById(commentId).orElse(null);
        if (parent == null || text.isBlank()) {
            return Optional.empty();
        }
        approve(commentId);
        var articleId = parent.articleId();
        var story = articles.publishedByIds(List.of(articleId)).get(articleId);
        var bylined = story != null && story.authors().stream().anyMatch(author -> author.name().equalsIgnoreCase(name));
        var reply = Comment.submit(articleId, new CommentForm(text, name, email, ""), null, null, clock.instant())
                .markAsStaff(bylined ? StaffMark.AUTHOR : StaffMark.STAFF);
        replyTarget(articleId, commentId).ifPresent(target -> reply.replyTo(target, settings.threadDepth()));
        return Optional.of(comments.save(reply.approve()).id());
    }

    private void resolveReports(long commentId) {
        jdbc.sql("UPDATE comment_report SET resolved = TRUE WHERE comment_id = :id AND resolved = FALSE")
                .param("id", commentId).update();
    }

    /** A shown comment on this article, as a reply would find it. */
    Optional<ReplyTarget> replyTarget(long articleId, long commentId) {
        return jdbc.sql("SELECT id, article_id, parent_id, COALESCE(thread_id, id) AS thread, depth FROM comment"
                + " WHERE id = :id AND article_id = :articleId AND status = 'APPROVED'")
                .param("id", commentId)
                .param("articleId", articleId)
                .query((rs, n) -> new ReplyTarget(rs.getLong("id"), rs.getLong("article_id"),
                        rs.getObject("parent_id", Long.class), rs.getLong("thread"), rs.getInt("depth")))
                .optional();
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
                .query((rs, n) -> threads.published(rs, false))
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
                .query((rs, n) -> threads.published(rs, true))
                .optional();
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
