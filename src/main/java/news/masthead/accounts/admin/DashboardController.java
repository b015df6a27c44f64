package news.masthead.accounts.admin;

import java.security.Principal;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import news.masthead.comments.CommentManagement;
import news.masthead.comments.PendingComment;
import news.masthead.accounts.Permission;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.EditorialWorkflow;

/** The newsroom's first page after sign-in: how things stand, and the comments that wait. */
@Controller
class DashboardController {

    /** Enough to work through at a sitting; the oldest come first, so nothing waits forever. */
    static final int PENDING_SHOWN = 50;

    private final ArticleManagement articles;
    private final CommentManagement comments;
    private final AdminLayouts layouts;
    private final EditorialWorkflow workflow;

    DashboardController(ArticleManagement articles, CommentManagement comments, AdminLayouts layouts,
            EditorialWorkflow workflow) {
        this.articles = articles;
        this.comments = comments;
        this.layouts = layouts;
        this.workflow = workflow;
    }

    @GetMapping({ "/admin", "/admin/" })
    String dashboard(CsrfToken csrf, Principal principal, Model model) {
        var layout = layouts.of("Dashboard", csrf, principal);
        var pending = comments.pending(PENDING_SHOWN);
        var stories = articles.publishedByIds(pending.stream().map(PendingComment::articleId).toList());
        var items = pending.stream().map(comment -> {
            var story = stories.get(comment.articleId());
            return new DashboardPage.PendingItem(comment, story == null ? null : story.headline(),
                    story == null ? null : story.path());
        }).toList();
        var signedIn = layout.staff();
        var canModerate = signedIn != null && signedIn.role().moderatesComments();
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        var desk = signedIn != null && signedIn.role().may(Permission.WRITE_DRAFTS) ? workflow.desk() : null;
        model.addAttribute("page", new DashboardPage(layout, articles.publishedCount(), comments.pendingCount(), items,
                canModerate, notice, desk));
        return "admin/dashboard";
    }
}
