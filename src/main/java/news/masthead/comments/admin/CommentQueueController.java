package news.masthead.comments.admin;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.comments.CommentManagement;
import news.masthead.comments.CommentManagement.BulkAction;
import news.masthead.comments.CommentQueue;
import news.masthead.comments.Queue;
import news.masthead.comments.QueueFilter;
import news.masthead.comments.QueueItem;
import news.masthead.publishing.ArticleManagement;

/**
 * The comment queues and the verdicts given from them, one comment or many at a time. After each
 * verdict the moderator is back where they were, filters and page included.
 */
@Controller
@RequestMapping("/admin/comments")
@PreAuthorize("hasAuthority('MODERATE_COMMENTS')")
class CommentQueueController {

    private final CommentQueue queue;
    private final CommentManagement comments;
    private final ArticleManagement articles;
    private final AdminLayouts layouts;

    CommentQueueController(CommentQueue queue, CommentManagement comments, ArticleManagement articles,
            AdminLayouts layouts) {
        this.queue = queue;
        this.comments = comments;
        this.articles = articles;
        this.layouts = layouts;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "pending") String queue,
            @RequestParam(required = false) @Nullable Long article, @RequestParam(defaultValue = "") String commenter,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, CsrfToken csrf,
            Principal principal, Model model) {
        var fromDate = date(from);
        var toDate = date(to);
        var filter = new QueueFilter(Queue.of(queue), article, commenter, fromDate, toDate, q, page);
        var found = this.queue.list(filter);
        var stories = articles.publishedByIds(found.items().stream().map(QueueItem::articleId).distinct().toList());
        var problems = (fromDate == null && !from.isBlank()) || (toDate == null && !to.isBlank())
                ? "Dates are written as 2025-03-31; the filter ignored the one it could not read." : null;
        var notice = model.getAttribute("notice") instanceof String text ? text : problems;
        model.addAttribute("page", new QueueView(layouts.of("Comments: " + filter.queue().label(), csrf, principal),
                filter, from, to, found, this.queue.counts(), stories, notice));
        return "comments/queue";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        comments.approve(id);
        return back(redirect, back, "Comment approved: readers can see it now.");
    }

    @PostMapping("/{id}/spam")
    String spam(@PathVariable long id, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        comments.markSpam(id);
        return back(redirect, back, "Comment marked as spam.");
    }

    @PostMapping("/{id}/trash")
    String trash(@PathVariable long id, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        comments.trash(id);
        return back(redirect, back, "Comment moved to the trash.");
    }

    @PostMapping("/bulk")
    String bulk(@RequestParam(defaultValue = "") String action, @RequestParam(name = "ids", required = false)
            @Nullable List<Long> ids, @RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
        var chosen = switch (action) {
            case "approve" -> BulkAction.APPROVE;
            case "spam" -> BulkAction.SPAM;
            case "trash" -> BulkAction.TRASH;
            default -> null;
        };
        if (chosen == null || ids == null || ids.isEmpty()) {
            return back(redirect, back, "Choose some comments and what to do with them.");
        }
        int done = comments.bulk(chosen, ids);
        var verdict = switch (chosen) {
            case APPROVE -> "approved";
            case SPAM -> "marked as spam";
            case TRASH -> "moved to the trash";
        };
        return back(redirect, back, done + (done == 1 ? " comment " : " comments ") + verdict + ".");
    }

    /** Back to the queue the form came from; only ever an address in the queues. */
    static String back(RedirectAttributes redirect, String back, String notice) {
        redirect.addFlashAttribute("notice", notice);
        var safe = back.startsWith("/admin/comments") && !back.contains("//") && !back.contains("\\")
                && !back.contains("\r") && !back.contains("\n");
        return "redirect:" + (safe ? back : "/admin/comments");
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
