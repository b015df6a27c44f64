package news.masthead.delivery;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.masthead.comments.CommentApproved;
import news.masthead.comments.CommentEdited;
import news.masthead.comments.CommenterErased;
import news.masthead.comments.CommentingClosed;
import news.masthead.comments.CommentRejected;
import news.masthead.donations.AppealLineChanged;
import news.masthead.donations.DonationReceived;
import news.masthead.feeds.NewsSitemapAged;
import news.masthead.publishing.ArticlePublished;
import news.masthead.publishing.ArticleUpdated;
import news.masthead.publishing.ArticleWithdrawn;
import news.masthead.publishing.SectionChanged;
import news.masthead.site.SiteSettingsChanged;

/**
 * Says which pages each change reaches. The keys are written to the change record inside the
 * changing transaction (so no node can miss them), and this node's own cache is emptied of them
 * right after commit, so the next request here already shows the change.
 */
@Component
class CacheInvalidation {

    private final PageChanges changes;
    private final PageCache cache;

    CacheInvalidation(PageChanges changes, PageCache cache) {
        this.changes = changes;
        this.cache = cache;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticlePublished event) {
        record(articleKeys(event.articleId(), event.sectionId(), event.authorIds(), event.tagIds()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticleUpdated event) {
        record(articleKeys(event.articleId(), event.sectionId(), event.authorIds(), event.tagIds()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ArticleWithdrawn event) {
        record(articleKeys(event.articleId(), event.sectionId(), event.authorIds(), event.tagIds()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommentApproved event) {
        record(List.of("comments-" + event.articleId(), "comments"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommentRejected event) {
        if (event.wasShown()) {
            record(List.of("comments-" + event.articleId(), "comments"));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommentEdited event) {
        if (event.shown()) {
            record(List.of("comments-" + event.articleId()));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommentingClosed event) {
        record(List.of("comments-" + event.articleId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CommenterErased event) {
        record(event.articleIds().stream().map(id -> "comments-" + id).toList());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SectionChanged event) {
        record(List.of("site"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(SiteSettingsChanged event) {
        record(List.of("site"));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(NewsSitemapAged event) {
        record(List.of(NewsSitemapAged.KEY));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(DonationReceived event) {
        if (event.named()) {
            record(List.of("supporters"));
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AppealLineChanged event) {
        record(List.of("article-" + event.articleId()));
    }

    /** The article itself, every list it appears in, and the feeds. */
    private static List<String> articleKeys(long articleId, long sectionId, List<Long> authorIds, List<Long> tagIds) {
        var keys = new ArrayList<String>();
        keys.add("article-" + articleId);
        keys.add("front");
        keys.add("feeds");
        keys.add("section-" + sectionId);
        authorIds.forEach(id -> keys.add("author-" + id));
        tagIds.forEach(id -> keys.add("tag-" + id));
        return keys;
    }

    private void record(List<String> keys) {
        changes.record(keys);
        AfterCommit.run(() -> cache.evict(keys));
    }
}
