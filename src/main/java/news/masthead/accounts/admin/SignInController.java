package news.masthead.accounts.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import news.masthead.accounts.AdminSignIn;
import news.masthead.accounts.StaffManagement;

/**
 * The sign-in page, and the page shown when a request is refused. Spring Security itself checks
 * the password ({@code POST /admin/login}) and signs out ({@code POST /admin/logout}).
 */
@Controller
@RequestMapping("/admin")
class SignInController {

    private final StaffManagement staff;
    private final AdminLayouts layouts;
    private final AdminSignIn signIn;

    SignInController(StaffManagement staff, AdminLayouts layouts, AdminSignIn signIn) {
        this.staff = staff;
        this.layouts = layouts;
        this.signIn = signIn;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, CsrfToken csrf, @Nullable Principal principal, Model model) {
        if (signIn.pending().isPresent()) {
            return "redirect:/admin/login/code";
        }
        if (principal != null) {
            return "redirect:/admin";
        }
        String notice = null;
        if (request.getParameter("signed-out") != null) {
            notice = "You have signed out.";
        }
        else if (request.getParameter("signed-out-everywhere") != null) {
            notice = "You have signed out on every device and browser.";
        }
        else if (request.getParameter("created") != null) {
            notice = "Your account is ready. Please sign in.";
        }
        else if (request.getParameter("reset") != null) {
            notice = "Your new password is set. Please sign in with it.";
        }
        String error = null;
        if (request.getParameter("error") != null) {
            error = "That e-mail address and password do not match. Please try again.";
        }
        else if (request.getParameter("throttled") != null) {
            error = "Too many failed attempts. Please wait a quarter of an hour before trying again.";
        }
        else if (request.getParameter("locked") != null) {
            error = "This account is locked after too many failed sign-ins. An administrator can lift the lock-out.";
        }
        var email = model.getAttribute("email") instanceof String typed ? typed : "";
        model.addAttribute("page", new LoginPage(layouts.of("Sign in", csrf, null), notice, error, email,
                !staff.hasStaff()));
        return "admin/login";
    }

    /** Where Spring Security forwards a refused request, whatever its method; the status is already 403. */
    @RequestMapping("/denied")
    String denied(CsrfToken csrf, @Nullable Principal principal, HttpServletResponse response, Model model) {
        if (signIn.pending().isPresent()) {
            return "redirect:/admin/login/code";
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("page", new MessagePage(layouts.of("Not allowed", csrf, principal), 403,
                "You may not do that",
                "Your role does not allow it, or the form had expired. Go back, reload the page and try again.",
                "/admin", "Back to the dashboard"));
        return "admin/message";
    }
}
