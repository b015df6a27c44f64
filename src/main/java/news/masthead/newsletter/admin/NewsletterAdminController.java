package news.masthead.newsletter.admin;

import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.newsletter.NewsletterManagement;
import news.masthead.newsletter.NewsletterSettings;
import news.masthead.newsletter.SendQueue;
import news.masthead.publishing.ArticleManagement;

/** Where editors follow sends as they run, read their history, and send an article by hand. */
@Controller
@RequestMapping("/admin/newsletter")
@PreAuthorize("hasAuthority('MANAGE_NEWSLETTER')")
class NewsletterAdminController {

    private final NewsletterManagement newsletter;
    private final SendQueue queue;
    private final ArticleManagement articles;
    private final NewsletterSettings settings;
    private final AdminLayouts layouts;

    NewsletterAdminController(NewsletterManagement newsletter, SendQueue queue, ArticleManagement articles,
            NewsletterSettings settings, AdminLayouts layouts) {
        this.newsletter = newsletter;
        this.queue = queue;
        this.articles = articles;
        this.settings = settings;
        this.layouts = layouts;
    }

    @GetMapping
    String page(CsrfToken csrf, Principal principal, Model model) {
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        model.addAttribute("page", new NewsletterAdminPage(layouts.of("Newsletter", csrf, principal),
                newsletter.subscriberCounts(), queue.recent(30), articles.latest(1, 10).items(),
                settings.sendOnPublish(), notice));
        return "newsletter/admin";
    }

    @PostMapping("/send")
    String send(@RequestParam(defaultValue = "") String slug, RedirectAttributes redirect) {
        var notice = switch (queue.article(slug)) {
            case QUEUED -> "The article is queued: progress shows below.";
            case ALREADY_SENT -> "That article has already been sent; nobody gets it twice.";
            case NOTHING_TO_SEND -> "There is no published article at that address.";
        };
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/newsletter";
    }
}
