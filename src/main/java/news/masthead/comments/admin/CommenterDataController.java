package news.masthead.comments.admin;

import java.security.Principal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import news.masthead.comments.CommenterData;
import news.masthead.comments.CommenterPrivacy;

/**
 * A commenter's request about their data, by e-mail address: see what is held, hand it over as
 * JSON, or erase it. Only an administrator may, since it reaches every comment the person wrote.
 */
@Controller
@RequestMapping("/admin/comments/commenters")
@PreAuthorize("hasAuthority('MANAGE_READER_DATA')")
class CommenterDataController {

    private final CommenterPrivacy privacy;
    private final AdminLayouts layouts;

    CommenterDataController(CommenterPrivacy privacy, AdminLayouts layouts) {
        this.privacy = privacy;
        this.layouts = layouts;
    }

    @GetMapping
    String find(@RequestParam(defaultValue = "") String email, CsrfToken csrf, Principal principal, Model model) {
        var data = email.isBlank() ? null : privacy.export(email);
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        model.addAttribute("page", new CommenterView(layouts.of("Commenter data", csrf, principal), email.strip(),
                data, notice));
        return "comments/commenter";
    }

    @GetMapping("/export")
    ResponseEntity<CommenterData> export(@RequestParam String email) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"commenter-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .body(privacy.export(email));
    }

    @PostMapping("/erase")
    String erase(@RequestParam String email, @RequestParam(defaultValue = "anonymise") String mode,
            RedirectAttributes redirect) {
        var remove = "delete".equals(mode);
        int erased = privacy.erase(email, remove);
        redirect.addFlashAttribute("notice", erased == 0 ? "No comments were held for that address."
                : erased + (erased == 1 ? " comment " : " comments ") + (remove ? "removed" : "anonymised")
                        + " and the address forgotten.");
        return "redirect:/admin/comments/commenters";
    }
}
