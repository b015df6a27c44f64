package news.masthead.comments.admin;

import java.security.Principal;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.comments.AlertPreference;
import news.masthead.comments.ModeratorAlerts;

/**
 * Each staff member's choice of e-mails about comments waiting for moderation: all of them or
 * only those on their own stories, one by one or as a digest, or none.
 */
@Controller
@RequestMapping("/admin/comment-alerts")
class CommentAlertsController {

    private final ModeratorAlerts alerts;
    private final AdminLayouts layouts;

    CommentAlertsController(ModeratorAlerts alerts, AdminLayouts layouts) {
        this.alerts = alerts;
        this.layouts = layouts;
    }

    @GetMapping
    String alerts(CsrfToken csrf, Principal principal, Model model) {
        var layout = layouts.of("Comment alerts", csrf, principal);
        var staff = layout.staff();
        var preference = staff == null ? null : alerts.preference(staff.email()).orElse(null);
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        model.addAttribute("page", new AlertsView(layout, preference, notice));
        return "comments/alerts";
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "none") String scope, @RequestParam(defaultValue = "immediate")
            String delivery, CsrfToken csrf, Principal principal, RedirectAttributes redirect) {
        var staff = layouts.of("", csrf, principal).staff();
        if (staff != null) {
            if ("none".equals(scope)) {
                alerts.stop(staff.email());
            }
            else {
                alerts.save(new AlertPreference(staff.email(), staff.displayName(), "mine".equals(scope),
                        "digest".equals(delivery)));
            }
        }
        redirect.addFlashAttribute("notice", "Saved.");
        return "redirect:/admin/comment-alerts";
    }
}
