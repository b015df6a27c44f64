package news.masthead.comments.admin;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.comments.CommentClosures;
import news.masthead.comments.CommentManagement;
import news.masthead.comments.CommentQueue;
import news.masthead.publishing.ArticleManagement;

/**
 * One comment in full: its text to correct (each change kept), a reply in the newsroom's name, and
 * closing the story's comments.
 */
@Controller
@RequestMapping("/admin/comments")
@PreAuthorize("hasAuthority('MODERATE_COMMENTS')")
class CommentDetailController {

    static final int MAX_TEXT = 5000;

    private final CommentQueue queue;
    private final CommentManagement comments;
    private final CommentClosures closures;
    private final ArticleManagement articles;
    private final AdminLayouts layouts;

    CommentDetailController(CommentQueue queue, CommentManagement comments, CommentClosures closures,
            ArticleManagement articles, AdminLayouts layouts) {
        this.queue = queue;
        this.comments = comments;
        this.closures = closures;
        this.articles = articles;
        this.layouts = layouts;
    }

    @GetMapping("/{id}")
    String comment(@PathVariable long id, CsrfToken csrf, Principal principal, Model model) {
        return show(id, null, null, null, csrf, principal, model);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "") String text, CsrfToken csrf,
            Principal principal, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var problem = problem(text);
        if (problem != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(id, text, problem, null, csrf, principal, model);
        }
        var editor = layouts.of("", csrf, principal).staff();
        var changed = comments.edit(id, text, editor == null ? principal.getName() : editor.displayName());
        redirect.addFlashAttribute("notice", changed ? "Comment changed; the earlier text is kept below." : "Nothing changed.");
        return "redirect:/admin/comments/" + id;
    }

    @PostMapping("/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(defaultValue = "") String text, CsrfToken csrf,
            Principal principal, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var problem = problem(text);
        if (problem != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(id, null, null, problem, csrf, principal, model, text);
        }
        var staff = layouts.of("", csrf, principal).staff();
        if (staff == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var reply = comments.replyAsStaff(id, text, staff.displayName(), staff.email())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute("notice", "Your reply is published, and the comment it answers is approved.");
        return "redirect:/admin/comments/" + reply;
    }

    @PostMapping("/articles/{articleId}/close")
    String close(@PathVariable long articleId, @RequestParam(defaultValue = "") String back, CsrfToken csrf,
            Principal principal, RedirectAttributes redirect) {
        var staff = layouts.of("", csrf, principal).staff();
        closures.close(articleId, staff == null ? principal.getName() : staff.displayName());
        return CommentQueueController.back(redirect, back, "Comments on the story are closed.");
    }

    @PostMapping("/articles/{articleId}/open")
    String open(@PathVariable long articleId, @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        closures.open(articleId);
        return CommentQueueController.back(redirect, back, "Comments on the story are open again.");
    }

    private String show(long id, @Nullable String editText, @Nullable String editError, @Nullable String replyError,
            CsrfToken csrf, Principal principal, Model model) {
        return show(id, editText, editError, replyError, csrf, principal, model, "");
    }

    private String show(long id, @Nullable String editText, @Nullable String editError, @Nullable String replyError,
            CsrfToken csrf, Principal principal, Model model, String replyText) {
        var item = queue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var story = articles.publishedByIds(List.of(item.articleId())).get(item.articleId());
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        model.addAttribute("page", new CommentDetailView(layouts.of("Comment by " + item.authorName(), csrf, principal),
                item, story, queue.edits(id), closures.isClosed(item.articleId()),
                editText == null ? item.text() : editText, editError, replyText, replyError, notice));
        return "comments/detail";
    }

    private static @Nullable String problem(String text) {
        if (text.isBlank()) {
            return "Please write some text.";
        }
        return text.strip().length() > MAX_TEXT ? "Please keep it to " + MAX_TEXT + " characters or fewer." : null;
    }
}
