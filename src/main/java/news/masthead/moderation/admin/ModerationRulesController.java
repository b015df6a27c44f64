package news.masthead.moderation.admin;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.Permission;
import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.accounts.admin.AdminLink;
import news.masthead.moderation.ModerationManagement;

/** The newsroom's moderation rules: which comments wait, the lists, and when a commenter is trusted. */
@Controller
@RequestMapping("/admin/moderation/rules")
@PreAuthorize("hasAuthority('MANAGE_MODERATION_RULES')")
class ModerationRulesController {

    private final ModerationManagement moderation;
    private final AdminLayouts layouts;

    ModerationRulesController(ModerationManagement moderation, AdminLayouts layouts) {
        this.moderation = moderation;
        this.layouts = layouts;
    }

    @Bean
    static AdminLink moderationRulesLink() {
        return new AdminLink("Moderation rules", "/admin/moderation/rules", Permission.MANAGE_MODERATION_RULES, 60);
    }

    @GetMapping
    String show(CsrfToken csrf, Principal principal, Model model) {
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        model.addAttribute("page", new RulesPage(layouts.of("Moderation rules", csrf, principal),
                RulesForm.of(moderation.rules()), Map.of(), notice));
        return "moderation/rules";
    }

    @PostMapping
    String save(@Valid @ModelAttribute RulesForm form, BindingResult errors, CsrfToken csrf, Principal principal,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            var messages = new LinkedHashMap<String, String>();
            errors.getFieldErrors().forEach(error -> messages.putIfAbsent(error.getField(),
                    error.isBindingFailure() ? "Please give a whole number." : error.getDefaultMessage()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", new RulesPage(layouts.of("Moderation rules", csrf, principal), form, messages,
                    null));
            return "moderation/rules";
        }
        moderation.updateRules(form.rules());
        redirect.addFlashAttribute("notice", "Rules saved: new comments are judged by them from now on.");
        return "redirect:/admin/moderation/rules";
    }
}
