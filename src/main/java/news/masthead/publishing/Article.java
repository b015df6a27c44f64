package news.masthead.publishing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import news.masthead.publishing.ArticleContent.ArticleAuthor;
import news.masthead.publishing.ArticleContent.ArticleTag;
import news.masthead.publishing.ArticleContent.StoredImage;

/** The article aggregate: guards its status and announces every change readers will see. */
@Table("article")
class Article extends AbstractAggregateRoot<Article> {

    @Id
    private @Nullable Long id;
    private String slug;
    private String headline;
    private String standfirst;
    private String body;
    private long sectionId;
    private ArticleStatus status;
    private @Nullable Instant publishedAt;
    private @Nullable Instant updatedAt;
    @Embedded.Nullable(prefix = "image_")
    private @Nullable StoredImage image;
    @MappedCollection(idColumn = "article_id", keyColumn = "position")
    private List<ArticleAuthor> authors = new ArrayList<>();
    @MappedCollection(idColumn = "article_id", keyColumn = "position")
    private List<ArticleTag> tags = new ArrayList<>();
    private @Nullable String createdBy;
    private @Nullable Instant submittedAt;
    private @Nullable Instant scheduledFor;
    private @Nullable Integer scheduledRevision;
    private @Nullable Integer publishedRevision;
    private String seoTitle = "";
    private String seoDescription = "";
    @Version
    private int version;

    @PersistenceCreator
    private Article() {
        this.slug = "";
        this.headline = "";
        this.standfirst = "";
        this.body = "";
        this.status = ArticleStatus.DRAFT;
    }

    static Article draft(String slug, String headline, String standfirst, String body, long sectionId,
            List<ArticleAuthor> authors, List<ArticleTag> tags, @Nullable StoredImage image) {
        if (authors.isEmpty()) {
            throw new IllegalArgumentException("An article needs at least one byline");
        }
        var article = new Article();
        article.slug = slug;
        article.headline = headline;
        article.standfirst = standfirst;
        article.body = body;
        article.sectionId = sectionId;
        article.authors = new ArrayList<>(authors);
        article.tags = new ArrayList<>(tags);
        article.image = image;
        return article;
    }

    /** Puts the article live as of the given moment, which may lie in the past for imported stories. */
    Article publish(Instant at) {
        return publish(at, null);
    }

    Article publish(Instant at, @Nullable Integer revision) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new IllegalStateException("Article " + slug + " is already published");
        }
        if (publishedAt == null) {
            publishedAt = at;
        }
        updatedAt = at;
        status = ArticleStatus.PUBLISHED;
        publishedRevision = revision;
        registerEvent(new ArticlePublished(id(), slug, sectionId, authorIds(), tagIds(), publishedAt));
        return this;
    }

    /** Whether readers have ever seen it: then its address is known out there and must keep working. */
    boolean wasEverPublished() {
        return publishedAt != null;
    }

    @Nullable Instant publishedAt() {
        return publishedAt;
    }

    @Nullable Instant updatedAt() {
        return updatedAt;
    }

    /** Records a later edit of a live story; readers see "Updated" with this time. */
    Article markUpdated(Instant at) {
        return revise(headline, standfirst, body, at);
    }

    /** Changes what readers see of a live story, and says when. */
    Article revise(String headline, String standfirst, String body, Instant at) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published article can be updated");
        }
        this.headline = headline;
        this.standfirst = standfirst;
        this.body = body;
        updatedAt = at;
        registerEvent(new ArticleUpdated(id(), slug, sectionId, authorIds(), tagIds(), at));
        return this;
    }

    /** Starts an article in the newsroom; nothing of it is public until it is published. */
    static Article start(ArticleContent content, String createdBy) {
        var article = draft(content.slug(), content.headline(), content.standfirst(), content.bodyHtml(),
                content.sectionId(), content.authors(), content.tags(), content.image());
        article.seoTitle = content.seoTitle();
        article.seoDescription = content.seoDescription();
        article.createdBy = createdBy;
        return article;
    }

    /**
     * Takes in a newly saved draft. Until the article first goes live the row simply follows the
     * draft; afterwards the row is what readers see, and only publishing changes it.
     */
    Article draftSaved(ArticleContent content) {
        if (publishedAt == null) {
            apply(content);
        }
        return this;
    }

    /** Hands the article to an editor; a scheduled or live article has been past that point. */
    Article submit(Instant at) {
        if (status != ArticleStatus.DRAFT && status != ArticleStatus.WITHDRAWN) {
            throw new IllegalStateException("Only a draft can be submitted for review");
        }
        status = ArticleStatus.SUBMITTED;
        submittedAt = at;
        return this;
    }

    /** Sets the moment a revision goes live by itself; a live article is updated by republishing instead. */
    Article schedule(Instant at, int revision) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new IllegalStateException("A live article is updated by publishing it again, not scheduled");
        }
        status = ArticleStatus.SCHEDULED;
        scheduledFor = at;
        scheduledRevision = revision;
        return this;
    }

    boolean isDue(Instant now) {
        return status == ArticleStatus.SCHEDULED && scheduledFor != null && !scheduledFor.isAfter(now);
    }

    /**
     * Makes a revision what readers see: first publication, the scheduled moment, or an update of
     * a live story. Every page that listed the article before (an old section, a dropped tag) hears
     * of it too.
     */
    Article publishRevision(ArticleContent content, int revision, Instant at) {
        var wasLive = status == ArticleStatus.PUBLISHED;
        var before = new ArticleUpdated(id(), slug, sectionId, authorIds(), tagIds(), at);
        apply(content);
        publishedRevision = revision;
        scheduledFor = null;
        scheduledRevision = null;
        updatedAt = at;
        if (wasLive) {
            registerEvent(new ArticleUpdated(id(), slug, sectionId, authorIds(), tagIds(), at));
            if (before.sectionId() != sectionId || !authorIds().containsAll(before.authorIds())
                    || !tagIds().containsAll(before.tagIds())) {
                registerEvent(before);
            }
            return this;
        }
        if (publishedAt == null) {
            publishedAt = at;
        }
        status = ArticleStatus.PUBLISHED;
        registerEvent(new ArticlePublished(id(), slug, sectionId, authorIds(), tagIds(), publishedAt));
        return this;
    }

    /** Takes a live story down, or calls off a scheduled one, which goes back to being a draft. */
    Article unpublish() {
        if (status == ArticleStatus.SCHEDULED) {
            status = ArticleStatus.DRAFT;
            scheduledFor = null;
            scheduledRevision = null;
            return this;
        }
        return withdraw();
    }

    /** A correction changes what a live page says, so everything showing it must be refreshed. */
    Article corrected(Instant at) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published article carries corrections");
        }
        registerEvent(new ArticleUpdated(id(), slug, sectionId, authorIds(), tagIds(), at));
        return this;
    }

    private void apply(ArticleContent content) {
        if (content.authors().isEmpty()) {
            throw new IllegalArgumentException("An article needs at least one byline");
        }
        slug = content.slug();
        headline = content.headline();
        standfirst = content.standfirst();
        body = content.bodyHtml();
        sectionId = content.sectionId();
        authors = new ArrayList<>(content.authors());
        tags = new ArrayList<>(content.tags());
        image = content.image();
        seoTitle = content.seoTitle();
        seoDescription = content.seoDescription();
    }

    /** Takes a live story down; it keeps its slug so that it can come back. */
    Article withdraw() {
        if (status != ArticleStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published article can be withdrawn");
        }
        status = ArticleStatus.WITHDRAWN;
        registerEvent(new ArticleWithdrawn(id(), slug, sectionId, authorIds(), tagIds()));
        return this;
    }

    private List<Long> authorIds() {
        return authors.stream().map(ArticleAuthor::authorId).toList();
    }

    private List<Long> tagIds() {
        return tags.stream().map(ArticleTag::tagId).toList();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Article " + slug + " has not been saved yet");
        }
        return id;
    }

    ArticleStatus status() {
        return status;
    }

    String slug() {
        return slug;
    }

    String headline() {
        return headline;
    }

    @Nullable String createdBy() {
        return createdBy;
    }

    @Nullable Instant scheduledFor() {
        return scheduledFor;
    }

    @Nullable Integer scheduledRevision() {
        return scheduledRevision;
    }

    @Nullable Integer publishedRevision() {
        return publishedRevision;
    }

    List<Long> bylineIds() {
        return authorIds();
    }
}
