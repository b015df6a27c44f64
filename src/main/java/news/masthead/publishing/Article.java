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
        if (status == ArticleStatus.PUBLISHED) {
            throw new IllegalStateException("Article " + slug + " is already published");
        }
        if (publishedAt == null) {
            publishedAt = at;
        }
        updatedAt = at;
        status = ArticleStatus.PUBLISHED;
        registerEvent(new ArticlePublished(id(), slug, sectionId, authorIds(), tagIds(), publishedAt));
        return this;
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

    record ArticleAuthor(long authorId) {
    }

    record ArticleTag(long tagId) {
    }

    record StoredImage(String path, String alt, @Nullable String caption, @Nullable String credit, int width,
            int height) {
    }
}
