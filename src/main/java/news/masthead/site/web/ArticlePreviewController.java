package news.masthead.site.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentThread;
import news.masthead.moderation.FormGuard;
import news.masthead.moderation.FormGuards;
import news.masthead.publishing.ArticleNotFound;
import news.masthead.publishing.EditorialDesk;

/**
 * The editor's preview: the newest revision in the public article template, so it looks exactly
 * like the published page. It lives under the admin's address (signed in, never cached, never
 * indexed) and publishing decides who may see which draft.
 */
@Controller
@PreAuthorize("hasAuthority('WRITE_DRAFTS')")
class ArticlePreviewController {

    private final EditorialDesk desk;
    private final Layouts layouts;
    private final ErrorPages errors;
    private final FormGuards guards;

    ArticlePreviewController(EditorialDesk desk, Layouts layouts, ErrorPages errors, FormGuards guards) {
        this.desk = desk;
        this.layouts = layouts;
        this.errors = errors;
        this.guards = guards;
    }

    @GetMapping("/admin/articles/{id}/preview")
    String preview(@PathVariable long id, HttpServletResponse response, Model model) {
        var article = desk.preview(id);
        var seo = new Seo("Preview: " + article.pageTitle(), article.pageDescription(), article.path(), "article",
                null, null, false);
        response.setHeader("Cache-Control", "private, no-store");
        var noComments = new CommentThread(List.of(), 0, 1, 1, true, 1);
        model.addAttribute("page", new ArticlePage(layouts.of(seo), article, noComments, null, null,
                CommentForm.empty(), Map.of(), null, guards.guard(FormGuard.commentForm(article.id()))));
        return "site/article";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response, Model model) {
        return errors.render(HttpStatus.FORBIDDEN, response, model);
    }

    @ExceptionHandler(ArticleNotFound.class)
    String missing(HttpServletResponse response, Model model) {
        return errors.render(HttpStatus.NOT_FOUND, response, model);
    }
}
