package news.masthead.publishing;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.audit.AuditLog;

/**
 * The newsroom's read side of articles: opening one in the editor, its revisions and their
 * differences, the preview, the list and what waits on the desk. Nothing here changes an article,
 * so pages that only look never need the workflow that moves stories along.
 */
@Service
public class EditorialDesk {

    static final int DESK_SIZE = 20;

    private final ArticleAccess access;
    private final Revisions revisions;
    private final DraftChecks checks;
    private final Catalog catalog;
    private final Corrections corrections;
    private final DeskQueries desk;
    private final AuditLog audit;
    private final Clock clock;

    EditorialDesk(ArticleAccess access, Revisions revisions, DraftChecks checks, Catalog catalog,
            Corrections corrections, DeskQueries desk, AuditLog audit, Clock clock) {
        this.access = access;
        this.revisions = revisions;
        this.checks = checks;
        this.catalog = catalog;
        this.corrections = corrections;
        this.desk = desk;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest revision with what the signed-in person may do with it; refused to those who may do nothing. */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional(readOnly = true)
    public EditableArticle open(long id) {
        var staff = SignedInStaff.current();
        var article = access.load(id);
        var own = access.owns(staff, article);
        var mayEdit = staff.mayEdit(own, article.status());
        var mayPublish = staff.mayPublish(own);
        if (!mayEdit && !mayPublish) {
            throw new AccessDeniedException("Not yours to open");
        }
        var revision = access.newest(id);
        return new EditableArticle(id, article.status(), checks.draftOf(revision), revision.number(),
                article.publishedRevision(), article.scheduledFor(),
                article.status() == ArticleStatus.PUBLISHED ? PublishedArticle.pathOf(article.slug()) : null,
                mayEdit, mayPublish);
    }

    /** Every revision, newest first. */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional(readOnly = true)
    public List<Revision> revisions(long id) {
        open(id);
        return revisions.all(id);
    }

    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional(readOnly = true)
    public RevisionComparison compare(long id, int older, int newer) {
        open(id);
        var a = revisions.find(id, Math.min(older, newer)).orElseThrow(() -> new ArticleNotFound(id));
        var b = revisions.find(id, Math.max(older, newer)).orElseThrow(() -> new ArticleNotFound(id));
        return new RevisionComparison(a, b, TextDiff.lines(a.headline(), b.headline()),
                TextDiff.lines(a.standfirst(), b.standfirst()), TextDiff.lines(a.body(), b.body()));
    }

    /** The newest revision exactly as readers would get it, for the preview. */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional(readOnly = true)
    public PublishedArticle preview(long id) {
        open(id);
        var article = access.load(id);
        var now = clock.instant();
        var publishedAt = article.publishedAt() == null ? now : article.publishedAt();
        return checks.preview(id, access.newest(id), publishedAt, article.wasEverPublished() ? now : publishedAt,
                corrections.of(id));
    }

    /**
     * Articles for the newsroom's list: everyone's for those who edit or publish anyone's, otherwise
     * only the ones this person started.
     */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional(readOnly = true)
    public List<DeskArticle> list(@Nullable ArticleStatus status, String search, int limit) {
        var staff = SignedInStaff.current();
        var everyone = staff.may("EDIT_ANY") || staff.may("PUBLISH_ANY");
        return desk.list(status, search, everyone ? null : staff.email(), limit);
    }

    /** What needs attention, for the dashboard. */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional(readOnly = true)
    public NewsroomDesk needsAttention() {
        return new NewsroomDesk(list(ArticleStatus.SUBMITTED, "", DESK_SIZE),
                list(ArticleStatus.SCHEDULED, "", DESK_SIZE), audit.recent(null, "article.", 10));
    }

    public List<Section> sections() {
        return catalog.sections();
    }

    public List<Author> authors() {
        return catalog.authors();
    }
}
