package news.masthead.accounts.admin;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.masthead.accounts.StaffCredentials;
import news.masthead.accounts.StaffManagement;

/** A forgotten password: ask for a link by e-mail, then choose a new password through it. */
@Controller
@RequestMapping("/admin/password")
class PasswordResetController {

    private final StaffCredentials credentials;
    private final StaffManagement staff;
    private final AdminLayouts layouts;
    private final LinkBase linkBase;

    PasswordResetController(StaffCredentials credentials, StaffManagement staff, AdminLayouts layouts,
            LinkBase linkBase) {
        this.credentials = credentials;
        this.staff = staff;
        this.layouts = layouts;
        this.linkBase = linkBase;
    }

    @GetMapping("/forgot")
    String forgotForm(CsrfToken csrf, Model model) {
        model.addAttribute("page", FormPage.of(layouts.of("Forgotten password", csrf, null)));
        return "admin/password-forgot";
    }

    @PostMapping("/forgot")
    String forgot(@RequestParam(defaultValue = "") String email, CsrfToken csrf, Model model) {
        if (!email.isBlank() && email.length() <= 254) {
            credentials.sendPasswordReset(email, linkBase.get());
        }
        // The same answer whether or not the address is on the staff.
        model.addAttribute("page", new FormPage(layouts.of("Forgotten password", csrf, null), Map.of(), Map.of(),
                "If that address belongs to a staff account, a link to choose a new password is on its way."
                        + " It works for an hour.", null));
        return "admin/password-forgot";
    }

    @GetMapping("/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, CsrfToken csrf, HttpServletResponse response,
            Model model) {
        if (credentials.passwordResetFor(token).isEmpty()) {
            return deadLink(csrf, response, model);
        }
        model.addAttribute("page", new FormPage(layouts.of("Choose a new password", csrf, null),
                Map.of("token", token), Map.of(), null, null));
        return "admin/password-reset";
    }

    @PostMapping("/reset")
    String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmPassword, CsrfToken csrf, HttpServletResponse response,
            Model model) {
        var email = credentials.passwordResetFor(token);
        if (email.isEmpty()) {
            return deadLink(csrf, response, model);
        }
        var profile = staff.profile(email.get()).orElseThrow();
        var problem = staff.passwordProblem(password, profile.email(), profile.displayName())
                .or(() -> password.equals(confirmPassword) ? Optional.empty()
                        : Optional.of("The two passwords are not the same. Please type it again."));
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", new FormPage(layouts.of("Choose a new password", csrf, null),
                    Map.of("token", token), Map.of("password", problem.get()), null, null));
            return "admin/password-reset";
        }
        credentials.resetPassword(token, password);
        return "redirect:/admin/login?reset";
    }

    private String deadLink(CsrfToken csrf, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("page", new MessagePage(layouts.of("Link not valid", csrf, null), 404,
                "This reset link no longer works",
                "Reset links work once, for an hour. Ask for a new one from the sign-in page.",
                "/admin/password/forgot", "Ask for a new link"));
        return "admin/message";
    }
}
