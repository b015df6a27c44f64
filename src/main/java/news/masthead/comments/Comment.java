package news.masthead.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/** A reader's comment on an article and where it stands in moderation. */
@Table("comment")
class Comment {

    @Id
    private @Nullable Long id;
    private long articleId;
    private String authorName;
    private String authorEmail;
    private @Nullable String authorUrl;
    private String body;
    private CommentStatus status;
    private Instant submittedAt;
    private @Nullable String address;
    private @Nullable String userAgent;
    private @Nullable ScreeningVerdict screeningVerdict;
    private @Nullable Double screeningScore;
    private @Nullable String screeningReasons;
    private @Nullable Long parentId;
    private @Nullable Long threadId;
    private int depth;
    private @Nullable StaffMark staffMark;
    private @Nullable Instant editedAt;
    @Version
    private int version;
    static final String ANONYMOUS = "Anonymous";
    static final String WITHDRAWN = "This comment was removed at its writer's request.";
    /** Events are built when published, after the insert, so that they carry the new id. */
    @Transient
    private final List<Supplier<Object>> events = new ArrayList<>();

    @PersistenceCreator
    private Comment() {
        this.authorName = "";
        this.authorEmail = "";
        this.body = "";
        this.status = CommentStatus.PENDING;
        this.submittedAt = Instant.EPOCH;
    }

    static Comment submit(long articleId, CommentForm form, @Nullable String address, @Nullable String userAgent,
            Instant at) {
        var comment = new Comment();
        comment.articleId = articleId;
        comment.authorName = form.author();
        comment.authorEmail = form.email();
        comment.authorUrl = form.url().isBlank() ? null : form.url();
        comment.body = form.comment().strip();
        comment.submittedAt = at;
        comment.address = address;
        comment.userAgent = userAgent == null || userAgent.length() <= 500 ? userAgent : userAgent.substring(0, 500);
        comment.events.add(() -> new CommentSubmitted(comment.id(), articleId));
        return comment;
    }

    /**
     * A new comment as screening judged it: published at once, held, or kept aside as spam. A
     * discarded comment is never made into one.
     */
    static Comment screened(CommentCandidate candidate, Screening screening) {
        if (screening.verdict() == ScreeningVerdict.DISCARD) {
            throw new IllegalArgumentException("A discarded comment is not kept");
        }
        var comment = submit(candidate.articleId(), new CommentForm(candidate.body(), candidate.authorName(),
                candidate.authorEmail(), candidate.authorUrl() == null ? "" : candidate.authorUrl()),
                candidate.address(), candidate.userAgent(), candidate.submittedAt());
        comment.screeningVerdict = screening.verdict();
        comment.screeningScore = screening.score();
        comment.screeningReasons = ScreeningReasons.format(screening.reasons());
        switch (screening.verdict()) {
            case PUBLISH -> comment.approve();
            case SPAM -> comment.status = CommentStatus.SPAM;
            default -> comment.status = CommentStatus.PENDING;
        }
        return comment;
    }

    /**
     * Makes this new comment a reply. A reply to a comment already as deep as threads go joins its
     * parent's conversation instead, at the same depth, so that threads never grow deeper than
     * {@code maxDepth} levels.
     */
    Comment replyTo(ReplyTarget parent, int maxDepth) {
        if (parent.depth() + 1 >= maxDepth && parent.parentId() != null) {
            parentId = parent.parentId();
            depth = parent.depth();
        }
        else {
            parentId = parent.id();
            depth = parent.depth() + 1;
        }
        threadId = parent.threadId();
        return this;
    }

    /** Marks a comment written from the newsroom: a staff member's, or the article's own writer's. */
    Comment markAsStaff(StaffMark mark) {
        staffMark = mark;
        return this;
    }

    /** Replaces the text, as a moderator corrected it; the caller keeps the text before. */
    Comment edit(String text, Instant at) {
        if (!text.strip().equals(body)) {
            body = text.strip();
            editedAt = at;
            var shown = status == CommentStatus.APPROVED;
            events.add(() -> new CommentEdited(id(), articleId, shown));
        }
        return this;
    }

    /** Takes the commenter's identity out of the comment; the words stay, under no name. */
    Comment anonymise() {
        authorName = ANONYMOUS;
        authorEmail = "";
        authorUrl = null;
        address = null;
        userAgent = null;
        return this;
    }

    /** Empties a comment that others answered, so that their replies keep their place. */
    Comment withdrawText() {
        anonymise();
        body = WITHDRAWN;
        return this;
    }

    Comment approve() {
        if (status != CommentStatus.APPROVED) {
            status = CommentStatus.APPROVED;
            events.add(() -> new CommentApproved(id(), articleId));
        }
        return this;
    }

    /** Takes the comment out of view (or keeps it out) as unwanted but not spam. */
    Comment trash() {
        return reject(CommentStatus.TRASH);
    }

    /** Takes the comment out of view (or keeps it out) as spam, which moderation can learn from. */
    Comment markSpam() {
        return reject(CommentStatus.SPAM);
    }

    private Comment reject(CommentStatus verdict) {
        if (status != verdict) {
            var wasShown = status == CommentStatus.APPROVED;
            status = verdict;
            events.add(() -> new CommentRejected(id(), articleId, verdict == CommentStatus.SPAM, wasShown));
        }
        return this;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The comment has not been saved yet");
        }
        return id;
    }

    long articleId() {
        return articleId;
    }

    CommentStatus status() {
        return status;
    }

    String body() {
        return body;
    }

    String authorEmail() {
        return authorEmail;
    }

    @Nullable
    Long parentId() {
        return parentId;
    }

    /** What screening said when the comment arrived; empty for comments from before screening or imports. */
    @Nullable
    Screening screening() {
        return screeningVerdict == null ? null
                : new Screening(screeningVerdict, screeningScore == null ? 0 : screeningScore,
                        ScreeningReasons.parse(screeningReasons));
    }

    @DomainEvents
    List<Object> domainEvents() {
        return events.stream().map(Supplier::get).toList();
    }

    @AfterDomainEventPublication
    void clearEvents() {
        events.clear();
    }
}
