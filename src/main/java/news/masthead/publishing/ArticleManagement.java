package news.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.publishing.ArticleContent.ArticleAuthor;
import news.masthead.publishing.ArticleContent.ArticleTag;
import news.masthead.publishing.ArticleContent.StoredImage;

/** The publishing module's API: what other modules and the site may ask of articles. */
@Service
public class ArticleManagement {

    private final ArticleRepository articles;
    private final ArticleQueries queries;
    private final Catalog catalog;
    private final ArticleBodyRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Revisions revisions;
    private final SlugRedirects redirects;
    private final Clock clock;

    ArticleManagement(ArticleRepository articles, ArticleQueries queries, Catalog catalog,
            ArticleBodyRenderer renderer, ApplicationEventPublisher events, Revisions revisions,
            SlugRedirects redirects, Clock clock) {
        this.articles = articles;
        this.queries = queries;
        this.catalog = catalog;
        this.renderer = renderer;
        this.events = events;
        this.revisions = revisions;
        this.redirects = redirects;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<PublishedArticle> findPublished(String slug) {
        return Slugs.isValid(slug) ? queries.published(slug) : Optional.empty();
    }

    /** Which live article has this slug, without loading the story: for taking a comment on it. */
    @Transactional(readOnly = true)
    public Optional<ArticleReference> findReference(String slug) {
        return Slugs.isValid(slug) ? queries.reference(slug) : Optional.empty();
    }

    /**
     * Where a live article now lives whose slug was once the one asked for: old links answer with a
     * permanent redirect there.
     */
    @Transactional(readOnly = true)
    public Optional<String> movedTo(String slug) {
        return Slugs.isValid(slug) ? redirects.target(slug).map(PublishedArticle::pathOf) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public ArticleList latest(int page, int pageSize) {
        return queries.latest(page, pageSize);
    }

    @Transactional(readOnly = true)
    public ArticleList inSection(Section section, int page, int pageSize) {
        return queries.inSection(section.id(), page, pageSize);
    }

    /** The newest stories of a section, for a block on another page; no total is counted. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> newestInSection(Section section, int limit) {
        return queries.newestInSection(section.id(), limit);
    }

    @Transactional(readOnly = true)
    public ArticleList taggedWith(Tag tag, int page, int pageSize) {
        return queries.taggedWith(tag.id(), page, pageSize);
    }

    @Transactional(readOnly = true)
    public ArticleList bylinedBy(Author author, int page, int pageSize) {
        return queries.bylinedBy(author.id(), page, pageSize);
    }

    /** Those of the given articles that are live, by id: for lists that point at stories, such as comments. */
    @Transactional(readOnly = true)
    public Map<Long, ArticleSummary> publishedByIds(Collection<Long> articleIds) {
        return queries.publishedWithIds(Set.copyOf(articleIds)).stream()
                .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public long publishedCount() {
        return queries.publishedCount();
    }

    public List<Section> sections() {
        return catalog.sections();
    }

    public Optional<Section> section(String slug) {
        return catalog.section(slug);
    }

    public Optional<Tag> tag(String slug) {
        return Slugs.isValid(slug) ? catalog.tag(slug) : Optional.empty();
    }

    public Optional<Author> author(String slug) {
        return Slugs.isValid(slug) ? catalog.author(slug) : Optional.empty();
    }

    public boolean isEmpty() {
        return articles.count() == 0 && catalog.sections().isEmpty();
    }

    @Transactional
    public Section addSection(String slug, String name, String description) {
        return catalog.addSection(slug, name, description);
    }

    @Transactional
    public Author addAuthor(String slug, String name, String title, String bio) {
        return catalog.addAuthor(slug, name, title, bio);
    }

    /** Stores a new article as a draft, its first revision by the site itself, and returns its id. */
    @Transactional
    public long draft(NewArticle article) {
        if (!Slugs.isValid(article.slug()) || articles.existsBySlug(article.slug())) {
            throw new IllegalArgumentException("Slug is invalid or taken: " + article.slug());
        }
        var section = catalog.section(article.sectionSlug())
                .orElseThrow(() -> new IllegalArgumentException("No section " + article.sectionSlug()));
        var authors = article.authorSlugs().stream()
                .map(slug -> catalog.author(slug).orElseThrow(() -> new IllegalArgumentException("No author " + slug)))
                .map(author -> new ArticleAuthor(author.id()))
                .toList();
        var tags = article.tagNames().stream().map(catalog::tagNamed).map(tag -> new ArticleTag(tag.id()))
                .distinct().toList();
        var image = article.image() == null ? null
                : new StoredImage(article.image().path(), article.image().alt(), article.image().caption(),
                        article.image().credit(), article.image().width(), article.image().height());
        var draft = Article.draft(article.slug(), article.headline(), article.standfirst(),
                renderer.render(article.markdownBody()), section.id(), authors, tags, image);
        long id = articles.save(draft).id();
        revisions.save(id, new Revision(0, article.slug(), article.headline(), article.standfirst(),
                article.markdownBody(), section.id(), authors.stream().map(ArticleAuthor::authorId).toList(),
                article.tagNames().stream().map(String::strip).distinct().toList(), article.image(), "", "", false,
                "system", clock.instant()));
        return id;
    }

    @Transactional
    public void publish(long articleId, Instant at) {
        articles.save(load(articleId).publish(at, revisions.latest(articleId).map(Revision::number).orElse(null)));
    }

    @Transactional
    public void markUpdated(long articleId, Instant at) {
        articles.save(load(articleId).markUpdated(at));
    }

    /** Changes a live article in place; the body is Markdown. */
    @Transactional
    public void revise(long articleId, String headline, String standfirst, String markdownBody, Instant at) {
        articles.save(load(articleId).revise(headline, standfirst, renderer.render(markdownBody), at));
    }

    @Transactional
    public void withdraw(long articleId) {
        articles.save(load(articleId).withdraw());
    }

    @Transactional
    public void updateSection(String slug, String name, String description) {
        var section = catalog.section(slug).orElseThrow(() -> new IllegalArgumentException("No section " + slug));
        catalog.updateSection(section.id(), name, description);
        events.publishEvent(new SectionChanged(section.id(), slug));
    }

    private Article load(long articleId) {
        return articles.findById(articleId)
                .orElseThrow(() -> new IllegalArgumentException("No article " + articleId));
    }
}
