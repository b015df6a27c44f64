package news.masthead.accounts.admin;

import java.util.LinkedHashMap;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.NewStaffMember;
import news.masthead.accounts.StaffManagement;

/** First start: the one-time link from the server log opens a form that creates the administrator. */
@Controller
@RequestMapping("/admin/setup")
class SetupController {

    private final StaffManagement staff;
    private final AdminLayouts layouts;

    SetupController(StaffManagement staff, AdminLayouts layouts) {
        this.staff = staff;
        this.layouts = layouts;
    }

    @GetMapping
    String form(@RequestParam(required = false) @Nullable String token, CsrfToken csrf, HttpServletResponse response,
            Model model) {
        if (token == null || !staff.isSetupOpen(token)) {
            return deadLink(csrf, response, model);
        }
        return show(SetupForm.empty(token), new LinkedHashMap<>(), csrf, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute SetupForm form, BindingResult binding, CsrfToken csrf,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        if (!staff.isSetupOpen(form.token())) {
            return deadLink(csrf, response, model);
        }
        var errors = new LinkedHashMap<String, String>();
        binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(),
                error.getDefaultMessage() == null ? "Please check this field." : error.getDefaultMessage()));
        if (!errors.containsKey("password")) {
            staff.passwordProblem(form.password(), form.email(), form.displayName())
                    .ifPresent(problem -> errors.put("password", problem));
        }
        if (!errors.containsKey("password") && !form.password().equals(form.confirmPassword())) {
            errors.put("confirmPassword", "The two passwords are not the same. Please type it again.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(form.withoutPasswords(), errors, csrf, model);
        }
        if (!staff.completeSetup(form.token(), new NewStaffMember(form.displayName(), form.email(), form.password()))) {
            return deadLink(csrf, response, model);
        }
        redirect.addFlashAttribute("email", form.email());
        return "redirect:/admin/login?created";
    }

    private String show(SetupForm form, LinkedHashMap<String, String> errors, CsrfToken csrf, Model model) {
        model.addAttribute("page", new SetupPage(layouts.of("Create the administrator", csrf, null), form, errors,
                StaffManagement.MIN_PASSWORD_LENGTH));
        return "admin/setup";
    }

    /** Not a 500, and no hint whether the token ever existed: the link simply leads nowhere now. */
    private String deadLink(CsrfToken csrf, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("page", new MessagePage(layouts.of("Link not valid", csrf, null), 404,
                "This setup link no longer works",
                "Setup links work once and for 24 hours, and only while the newsroom has no administrator."
                        + " If you are setting up this site, restart the server: it prints a new link when no one"
                        + " can sign in yet. Otherwise, sign in with your account.",
                "/admin/login", "Go to sign-in"));
        return "admin/message";
    }
}
