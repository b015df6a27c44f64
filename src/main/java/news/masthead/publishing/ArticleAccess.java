package news.masthead.publishing;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what to one article, decided in one place so that the editor's read side and its
 * write side can never disagree: an article one may not open is an article one may not save.
 */
@Component
class ArticleAccess {

    private final ArticleRepository articles;
    private final Revisions revisions;
    private final Catalog catalog;

    ArticleAccess(ArticleRepository articles, Revisions revisions, Catalog catalog) {
        this.articles = articles;
        this.revisions = revisions;
        this.catalog = catalog;
    }

    Article editable(long id, SignedInStaff staff) {
        var article = load(id);
        if (!staff.mayEdit(owns(staff, article), article.status())) {
            throw new AccessDeniedException("Not allowed to edit article " + id);
        }
        return article;
    }

    Article publishable(long id, SignedInStaff staff) {
        var article = load(id);
        if (!staff.mayPublish(owns(staff, article))) {
            throw new AccessDeniedException("Not allowed to publish article " + id);
        }
        return article;
    }

    /** One's own story: started by them, or carrying their byline. */
    boolean owns(SignedInStaff staff, Article article) {
        if (staff.email().equals(article.createdBy())) {
            return true;
        }
        return catalog.authorOfStaff(staff.email()).map(author -> article.bylineIds().contains(author.id()))
                .orElse(false);
    }

    Revision newest(long id) {
        return revisions.latest(id).orElseThrow(() -> new ArticleNotFound(id));
    }

    Article load(long id) {
        return articles.findById(id).orElseThrow(() -> new ArticleNotFound(id));
    }
}
