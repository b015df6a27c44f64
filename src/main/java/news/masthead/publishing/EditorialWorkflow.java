package news.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.audit.AuditLog;

/**
 * The newsroom's write side of articles: writing, review, scheduling, publication, corrections and
 * restoring revisions; {@link EditorialDesk} is the read side. Every method acts for the signed-in
 * staff member and checks their permissions here, whatever page called it: contributors write and
 * submit, authors publish their own stories, editors anyone's. Readers only ever see a revision somebody published.
 */
@Service
public class EditorialWorkflow {

    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final EditLocks locks;
    private final Revisions revisions;
    private final DraftChecks checks;
    private final Catalog catalog;
    private final SlugRedirects redirects;
    private final Corrections corrections;
    private final AuditLog audit;
    private final Clock clock;

    EditorialWorkflow(ArticleRepository articles, ArticleAccess access, EditLocks locks, Revisions revisions,
            DraftChecks checks, Catalog catalog, SlugRedirects redirects, Corrections corrections, AuditLog audit,
            Clock clock) {
        this.articles = articles;
        this.access = access;
        this.locks = locks;
        this.revisions = revisions;
        this.checks = checks;
        this.catalog = catalog;
        this.redirects = redirects;
        this.corrections = corrections;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts an article from its first draft and returns its id. */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional
    public long start(ArticleDraft draft) {
        var staff = SignedInStaff.current();
        var checked = checks.check(draft, null);
        var article = articles.save(Article.start(checks.content(checked.revision(0, false, staff.email(),
                clock.instant())), staff.email()));
        redirects.release(checked.draft().slug());
        revisions.save(article.id(), checked.revision(0, false, staff.email(), clock.instant()));
        audit.record("article.created", subject(article), null);
        return article.id();
    }

    /**
     * Keeps a new revision and returns its number. Readers see nothing of it until it is published;
     * an autosave is merged with the autosave before it.
     */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional
    public int save(long id, ArticleDraft draft, boolean autosave) {
        var staff = SignedInStaff.current();
        var article = access.editable(id, staff);
        var revision = checks.check(draft, id).revision(0, autosave, staff.email(), clock.instant());
        int number = revisions.save(id, revision);
        if (!article.wasEverPublished()) {
            articles.save(article.draftSaved(checks.content(revision)));
        }
        if (!autosave) {
            audit.record("article.saved", subject(article), "revision " + number);
        }
        return number;
    }

    /**
     * Saves from the editor, which says which revision the writer started from. Nothing is silently
     * overwritten: the save is refused, to come back with the writer's text, when somebody else has
     * saved since. An autosave is refused too while somebody else holds the edit lock: typing in a
     * second window must not quietly compete with the person editing; pressing Save is a decision.
     */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional
    public int save(long id, ArticleDraft draft, int basedOn, boolean autosave) {
        var staff = SignedInStaff.current();
        var lock = autosave ? locks.heldByAnother(id, staff) : Optional.<EditLock>empty();
        if (lock.isPresent()) {
            throw new EditConflict(lock.get().holderName() + " is editing this article. Save or take over editing"
                    + " to keep your changes.", basedOn);
        }
        var newer = revisions.newerByOthers(id, basedOn, staff.email());
        if (newer.isPresent()) {
            var number = newer.get().number();
            throw new EditConflict(newer.get().savedBy() + " saved revision " + number + " after you opened this"
                    + " article. Your text below is not saved yet: compare it with revision " + number
                    + " under Revisions, then save again to make yours the newest.", number);
        }
        return save(id, draft, autosave);
    }

    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional
    public void submit(long id) {
        var article = access.editable(id, SignedInStaff.current());
        articles.save(article.submit(clock.instant()));
        audit.record("article.submitted", subject(article), null);
    }

    /** Puts the newest revision live now: the first publication, or an update of a live story. */
    @PreAuthorize("hasAnyAuthority('PUBLISH_OWN', 'PUBLISH_ANY')")
    @Transactional
    public void publish(long id) {
        var article = access.publishable(id, SignedInStaff.current());
        var wasLive = article.status() == ArticleStatus.PUBLISHED;
        goLive(article, access.newest(id), clock.instant());
        audit.record(wasLive ? "article.updated" : "article.published", subject(article), null);
    }

    /** Sets the newest revision to go live at the given moment, which must lie ahead. */
    @PreAuthorize("hasAnyAuthority('PUBLISH_OWN', 'PUBLISH_ANY')")
    @Transactional
    public void schedule(long id, Instant at) {
        var article = access.publishable(id, SignedInStaff.current());
        if (!at.isAfter(clock.instant())) {
            throw new DraftRejected(Map.of("scheduleAt", "Please choose a time in the future."));
        }
        if (article.status() == ArticleStatus.PUBLISHED) {
            throw new DraftRejected(Map.of("scheduleAt",
                    "This article is live: publish your changes instead, or unpublish it first."));
        }
        var revision = access.newest(id);
        articles.save(article.schedule(at, revision.number()));
        audit.record("article.scheduled", subject(article), "for " + at + ", revision " + revision.number());
    }

    /** Takes a live story down, or calls off a scheduled one. */
    @PreAuthorize("hasAnyAuthority('PUBLISH_OWN', 'PUBLISH_ANY')")
    @Transactional
    public void unpublish(long id) {
        var article = access.publishable(id, SignedInStaff.current());
        articles.save(article.unpublish());
        audit.record("article.unpublished", subject(article), null);
    }

    /**
     * Makes an earlier revision the newest again, as a new revision, so nothing is lost. On a live
     * story readers see it only once it is published.
     */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional
    public int restore(long id, int number) {
        var staff = SignedInStaff.current();
        var article = access.editable(id, staff);
        var old = revisions.find(id, number).orElseThrow(() -> new ArticleNotFound(id));
        var restored = new Revision(0, old.slug(), old.headline(), old.standfirst(), old.body(), old.sectionId(),
                old.authorIds(), old.tagNames(), old.image(), old.seoTitle(), old.seoDescription(), false,
                staff.email(), clock.instant());
        int newNumber = revisions.save(id, restored);
        if (!article.wasEverPublished()) {
            articles.save(article.draftSaved(checks.content(restored)));
        }
        audit.record("article.revision-restored", subject(article), "revision " + number + " as " + newNumber);
        return newNumber;
    }

    /** Prints a correction under a live story, dated now, and refreshes every page that shows it. */
    @PreAuthorize("hasAnyAuthority('PUBLISH_OWN', 'PUBLISH_ANY')")
    @Transactional
    public void correct(long id, String note) {
        var staff = SignedInStaff.current();
        var article = access.publishable(id, staff);
        var text = note.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new DraftRejected(Map.of("correction", "Please say what was wrong, in at most 2,000 characters."));
        }
        if (article.status() != ArticleStatus.PUBLISHED) {
            throw new DraftRejected(Map.of("correction", "Corrections are for published articles."));
        }
        corrections.add(id, text, clock.instant(), staff.email());
        articles.save(article.corrected(clock.instant()));
        audit.record("article.corrected", subject(article), text);
    }

    /** Deletes a story that never went out; one that readers have seen is unpublished instead. */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional
    public void delete(long id) {
        var article = access.editable(id, SignedInStaff.current());
        if (article.wasEverPublished()) {
            throw new IllegalStateException("A published article is unpublished, not deleted");
        }
        articles.delete(article);
        audit.record("article.deleted", subject(article), null);
    }

    /** The byline of the signed-in staff member, made from their name the first time they write. */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    @Transactional
    public Author bylineFor(String displayName) {
        var staff = SignedInStaff.current();
        return catalog.authorOfStaff(staff.email()).orElseGet(() -> catalog.addStaffAuthor(staff.email(), displayName));
    }

    /**
     * Publishes a scheduled article whose time has come, as the site itself. Several nodes may try
     * at once: the article's version column lets only the first save succeed, and the others'
     * transactions roll back with an optimistic locking failure.
     */
    @Transactional
    boolean publishIfDue(long id) {
        var article = articles.findById(id).orElse(null);
        var now = clock.instant();
        if (article == null || !article.isDue(now) || article.scheduledRevision() == null) {
            return false;
        }
        var revision = revisions.find(id, article.scheduledRevision()).orElseThrow(() -> new ArticleNotFound(id));
        goLive(article, revision, now);
        audit.recordAs("system", "article.published", subject(article), "scheduled revision " + revision.number());
        return true;
    }

    private void goLive(Article article, Revision revision, Instant at) {
        var oldSlug = article.slug();
        if (article.wasEverPublished() && !oldSlug.equals(revision.slug())) {
            redirects.add(oldSlug, article.id(), at);
        }
        redirects.release(revision.slug());
        articles.save(article.publishRevision(checks.content(revision), revision.number(), at));
    }

    private static String subject(Article article) {
        return "article " + article.id() + " (" + article.slug() + ")";
    }

}
