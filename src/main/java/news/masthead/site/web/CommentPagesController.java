package news.masthead.site.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import news.masthead.comments.CommentReports;
import news.masthead.comments.CommentThreads;
import news.masthead.comments.ReplyNotifications;
import news.masthead.comments.ReportReason;
import news.masthead.publishing.ArticleManagement;

/**
 * A comment's own addresses: its permalink, the form for reporting it, and the links in the
 * reply notices a commenter asked for. None of these pages is cached or indexed.
 */
@Controller
@RequestMapping("/comments/{id:\\d+}")
class CommentPagesController {

    private final CommentThreads threads;
    private final CommentReports reports;
    private final ReplyNotifications notifications;
    private final ArticleManagement articles;
    private final Layouts layouts;

    CommentPagesController(CommentThreads threads, CommentReports reports, ReplyNotifications notifications,
            ArticleManagement articles, Layouts layouts) {
        this.threads = threads;
        this.reports = reports;
        this.notifications = notifications;
        this.articles = articles;
        this.layouts = layouts;
    }

    /** The permalink: the page of the article's comments that shows this one. */
    @GetMapping
    RedirectView permalink(@PathVariable long id) {
        var location = threads.locate(id).orElseThrow(() -> new NotFoundException("comment " + id));
        var story = articles.publishedByIds(List.of(location.articleId())).get(location.articleId());
        if (story == null) {
            throw new NotFoundException("comment " + id);
        }
        var view = new RedirectView(story.path() + (location.page() == 1 ? "" : "?page=" + location.page())
                + "#comment-" + id, true);
        view.setStatusCode(HttpStatus.FOUND);
        return view;
    }

    @GetMapping("/report")
    String reportForm(@PathVariable long id, HttpServletResponse response, Model model) {
        return report(id, null, "", null, response, model);
    }

    @PostMapping("/report")
    String report(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
            @RequestParam(defaultValue = "") String note, HttpServletResponse response, Model model) {
        var chosen = reason(reason);
        if (chosen == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return report(id, null, note, "Please choose why you are reporting this comment.", response, model);
        }
        if (!reports.report(id, chosen, note)) {
            throw new NotFoundException("comment " + id);
        }
        return notice("Thank you", "Thank you: a moderator will look at the comment you reported.", id, response,
                model);
    }

    @GetMapping("/replies/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String token,
            HttpServletResponse response, Model model) {
        if (!notifications.confirm(id, token)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return notice("Link not recognised", "This confirmation link is not valid, or the comment is gone.", id,
                    response, model);
        }
        return notice("Confirmed", "Done: we will e-mail you when someone replies to your comment.", id, response,
                model);
    }

    @GetMapping("/replies/stop")
    String stopForm(@PathVariable long id, @RequestParam(defaultValue = "") String token, HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("page", new CommentNoticePage(layout("Stop reply e-mails"), "Stop reply e-mails",
                "Press the button and you will get no more e-mails about replies to this comment.", null,
                "/comments/" + id + "/replies/stop?token=" + token));
        return "site/comment-notice";
    }

    /** Stops the e-mails; a mail program's one-click unsubscribe posts here too. */
    @PostMapping("/replies/stop")
    String stop(@PathVariable long id, @RequestParam(defaultValue = "") String token, HttpServletResponse response,
            Model model) {
        if (!notifications.stop(id, token)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return notice("Link not recognised", "This link is not valid.", id, response, model);
        }
        return notice("Stopped", "Done: you will get no more e-mails about replies to this comment.", id, response,
                model);
    }

    private String report(long id, @Nullable ReportReason reason, String note, @Nullable String error,
            HttpServletResponse response, Model model) {
        var comment = reports.reportable(id).orElseThrow(() -> new NotFoundException("comment " + id));
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("page", new CommentReportPage(layout("Report a comment"), comment, List.of(ReportReason
                .values()), reason, note, error, "/comments/" + id));
        return "site/comment-report";
    }

    private String notice(String title, String message, long id, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("page", new CommentNoticePage(layout(title), title, message, "/comments/" + id, null));
        return "site/comment-notice";
    }

    private Layout layout(String title) {
        return layouts.of(Seo.page(title, "", "/comments").notIndexed());
    }

    private static @Nullable ReportReason reason(@Nullable String name) {
        for (var reason : ReportReason.values()) {
            if (reason.name().equals(name)) {
                return reason;
            }
        }
        return null;
    }
}
