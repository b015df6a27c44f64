package news.masthead.publishing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import news.masthead.publishing.ArticleContent.ArticleAuthor;
import news.masthead.publishing.ArticleContent.ArticleTag;
import news.masthead.publishing.ArticleContent.StoredImage;

/**
 * Checks a draft before it is kept, with a message per field that a writer can act on, and turns
 * revisions into what readers would see: rendered, sanitized, with bylines and tags resolved.
 */
@Component
class DraftChecks {

    static final int MAX_BODY = 500_000;
    static final int MAX_TAGS = 30;

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final SlugRedirects redirects;
    private final ArticleBodyRenderer renderer;

    DraftChecks(JdbcClient jdbc, Catalog catalog, SlugRedirects redirects, ArticleBodyRenderer renderer) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.redirects = redirects;
        this.renderer = renderer;
    }

    /** The draft with its slug filled in, its section and bylines found, or every problem with it. */
    Checked check(ArticleDraft draft, @Nullable Long articleId) {
        var problems = new LinkedHashMap<String, String>();
        var headline = draft.headline().strip();
        if (headline.isEmpty()) {
            problems.put("headline", "Please give the article a headline.");
        }
        else if (headline.length() > 300) {
            problems.put("headline", "Please keep the headline under 300 characters.");
        }
        var slug = draft.slug().strip();
        if (slug.isEmpty() && !headline.isEmpty()) {
            try {
                slug = Slugs.of(headline);
            }
            catch (IllegalArgumentException e) {
                problems.put("slug", "Please choose an address made of letters, digits and hyphens.");
            }
        }
        if (!problems.containsKey("slug")) {
            if (!Slugs.isValid(slug)) {
                problems.put("slug", "Use lower-case letters, digits and hyphens only, such as council-budget-vote.");
            }
            else if (takenByOther(slug, articleId)) {
                problems.put("slug", "Another article already uses this address.");
            }
        }
        if (draft.standfirst().length() > 1000) {
            problems.put("standfirst", "Please keep the standfirst under 1,000 characters.");
        }
        if (draft.body().length() > MAX_BODY) {
            problems.put("body", "The article is longer than 500,000 characters; please split it.");
        }
        var section = catalog.section(draft.sectionSlug()).orElse(null);
        if (section == null) {
            problems.put("section", "Please choose a section.");
        }
        var authors = draft.authorSlugs().stream().distinct().map(catalog::author)
                .flatMap(Optional::stream).toList();
        if (authors.isEmpty() || authors.size() != draft.authorSlugs().stream().distinct().count()) {
            problems.put("authors", "Please choose at least one byline from the list.");
        }
        var tags = draft.tagNames().stream().map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(tag -> tag.length() > 100
                || tag.chars().noneMatch(Character::isLetterOrDigit))) {
            problems.put("tags", "Use at most 30 tags, each a word or a few, separated by commas.");
        }
        var image = draft.image();
        if (image != null && image.alt().isBlank()) {
            problems.put("image", "The featured image needs alt text: describe it in the media library first.");
        }
        if (draft.seoTitle().length() > 300) {
            problems.put("seoTitle", "Please keep the SEO title under 300 characters.");
        }
        if (draft.seoDescription().length() > 500) {
            problems.put("seoDescription", "Please keep the SEO description under 500 characters.");
        }
        if (!problems.isEmpty() || section == null) {
            throw new DraftRejected(problems);
        }
        var cleaned = new ArticleDraft(slug, headline, draft.standfirst().strip(), draft.body(), section.slug(),
                authors.stream().map(Author::slug).toList(), tags, image, draft.seoTitle().strip(),
                draft.seoDescription().strip());
        return new Checked(cleaned, section, authors);
    }

    /** What a revision puts on the page; tags named for the first time are made now. */
    ArticleContent content(Revision revision) {
        var authors = revision.authorIds().stream().map(ArticleAuthor::new).toList();
        var tags = revision.tagNames().stream().map(catalog::tagNamed).map(tag -> new ArticleTag(tag.id()))
                .distinct().toList();
        var image = revision.image();
        return new ArticleContent(revision.slug(), revision.headline(), revision.standfirst(),
                renderer.render(revision.body()), revision.sectionId(), authors, tags,
                image == null ? null : new StoredImage(image.path(), image.alt(), image.caption(),
                        image.credit(), image.width(), image.height()),
                revision.seoTitle(), revision.seoDescription());
    }

    ArticleDraft draftOf(Revision revision) {
        return new ArticleDraft(revision.slug(), revision.headline(), revision.standfirst(), revision.body(),
                catalog.section(revision.sectionId()).map(Section::slug).orElse(""),
                catalog.authors(revision.authorIds()).stream().map(Author::slug).toList(), revision.tagNames(),
                revision.image(), revision.seoTitle(), revision.seoDescription());
    }

    /** A revision as readers would see it, without making tags or changing anything. */
    PublishedArticle preview(long id, Revision revision, Instant publishedAt, Instant updatedAt,
            List<Correction> corrections) {
        var section = catalog.section(revision.sectionId()).orElseThrow(() -> new ArticleNotFound(id));
        var tags = revision.tagNames().stream()
                .map(name -> catalog.tag(Slugs.of(name)).orElse(new Tag(0, Slugs.of(name), name)))
                .toList();
        return new PublishedArticle(id, revision.slug(), revision.headline(), revision.standfirst(),
                renderer.render(revision.body()), section, catalog.authors(revision.authorIds()), tags, publishedAt,
                updatedAt, revision.image(), corrections, revision.seoTitle(), revision.seoDescription());
    }

    private boolean takenByOther(String slug, @Nullable Long articleId) {
        long id = articleId == null ? -1 : articleId;
        var inUse = jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = :slug AND id <> :id")
                .param("slug", slug).param("id", id).query(Long.class).single() > 0;
        return inUse || redirects.heldByOther(slug, id);
    }

    /** A draft that passed its checks, with what it refers to. */
    record Checked(ArticleDraft draft, Section section, List<Author> authors) {

        Revision revision(int number, boolean autosaved, String savedBy, Instant at) {
            return new Revision(number, draft.slug(), draft.headline(), draft.standfirst(), draft.body(), section.id(),
                    authors.stream().map(Author::id).toList(), draft.tagNames(), draft.image(), draft.seoTitle(),
                    draft.seoDescription(), autosaved, savedBy, at);
        }
    }

}
