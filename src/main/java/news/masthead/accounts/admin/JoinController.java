package news.masthead.accounts.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.StaffManagement;

/** The link in an invitation: the invitee gives their name and chooses their password. */
@Controller
@RequestMapping("/admin/join")
class JoinController {

    private final StaffManagement staff;
    private final AdminLayouts layouts;

    JoinController(StaffManagement staff, AdminLayouts layouts) {
        this.staff = staff;
        this.layouts = layouts;
    }

    @GetMapping
    String form(@RequestParam(defaultValue = "") String token, CsrfToken csrf, HttpServletResponse response,
            Model model) {
        var invitation = staff.invitation(token);
        if (invitation.isEmpty()) {
            return deadLink(csrf, response, model);
        }
        return show(token, "", Map.of(), csrf, model);
    }

    @PostMapping
    String join(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmPassword,
            CsrfToken csrf, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        var invitation = staff.invitation(token);
        if (invitation.isEmpty()) {
            return deadLink(csrf, response, model);
        }
        var name = displayName.strip();
        var errors = new LinkedHashMap<String, String>();
        if (name.isEmpty() || name.length() > 100) {
            errors.put("displayName", "Please give your name, in under 100 characters.");
        }
        staff.passwordProblem(password, invitation.get().email(), name).ifPresent(problem -> errors.put("password", problem));
        if (!errors.containsKey("password") && !password.equals(confirmPassword)) {
            errors.put("confirmPassword", "The two passwords are not the same. Please type it again.");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(token, name, errors, csrf, model);
        }
        if (!staff.acceptInvitation(token, name, password)) {
            return deadLink(csrf, response, model);
        }
        redirect.addFlashAttribute("email", invitation.get().email());
        return "redirect:/admin/login?created";
    }

    private String show(String token, String name, Map<String, String> errors, CsrfToken csrf, Model model) {
        var invitation = staff.invitation(token).orElseThrow();
        model.addAttribute("page", new FormPage(layouts.of("Join the newsroom", csrf, null),
                Map.of("token", token, "displayName", name, "email", invitation.email(), "role",
                        invitation.role().label()), errors, null, null));
        return "admin/join";
    }

    private String deadLink(CsrfToken csrf, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("page", new MessagePage(layouts.of("Link not valid", csrf, null), 404,
                "This invitation no longer works",
                "Invitations work once and for a limited time. Ask an administrator to invite you again,"
                        + " or sign in if you already have an account.",
                "/admin/login", "Go to sign-in"));
        return "admin/message";
    }
}
