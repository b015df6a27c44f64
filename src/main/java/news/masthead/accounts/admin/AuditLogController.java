package news.masthead.accounts.admin;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.masthead.audit.AuditLog;

/**
 * The audit log as administrators read it, newest first, narrowed to one person or one kind of
 * action. It lives here rather than in the audit module, which every module (this one included)
 * writes to and which therefore may not depend on the admin frame.
 */
@Controller
@PreAuthorize("hasAuthority('VIEW_AUDIT_LOG')")
class AuditLogController {

    static final int SHOWN = 200;

    private final AuditLog audit;
    private final AdminLayouts layouts;

    AuditLogController(AuditLog audit, AdminLayouts layouts) {
        this.audit = audit;
        this.layouts = layouts;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action, CsrfToken csrf, Principal principal,
            Model model) {
        var who = actor == null || actor.isBlank() ? null : actor.strip();
        var what = action == null || action.isBlank() ? null : action.strip();
        model.addAttribute("page", new AuditPage(layouts.of("Audit log", csrf, principal),
                audit.recent(who, what, SHOWN), who == null ? "" : who, what == null ? "" : what, SHOWN));
        return "admin/audit";
    }
}
