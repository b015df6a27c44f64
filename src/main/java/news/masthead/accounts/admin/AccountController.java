package news.masthead.accounts.admin;

import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.StaffCredentials;
import news.masthead.accounts.StaffManagement;
import news.masthead.accounts.StaffPasskeys;

/**
 * A staff member's own account, whatever their role: password, authenticator app, recovery codes,
 * passkeys, and signing out on every device at once. Adding a passkey takes the browser's passkey
 * API, so the page's script does it through Spring Security's endpoints; removing one is a form.
 */
@Controller
@RequestMapping("/admin/account")
class AccountController {

    private final StaffCredentials credentials;
    private final StaffManagement staff;
    private final StaffPasskeys passkeys;
    private final AdminLayouts layouts;

    AccountController(StaffCredentials credentials, StaffManagement staff, StaffPasskeys passkeys,
            AdminLayouts layouts) {
        this.credentials = credentials;
        this.staff = staff;
        this.passkeys = passkeys;
        this.layouts = layouts;
    }

    @GetMapping
    String account(HttpServletRequest request, CsrfToken csrf, Principal principal, Model model) {
        if (request.getParameter("passkey-added") != null && !model.containsAttribute("notice")) {
            model.addAttribute("notice", "Your passkey is added. Next time, you can sign in with it alone.");
        }
        return show(csrf, principal, Map.of(), model);
    }

    @PostMapping("/passkeys/{id}/remove")
    String removePasskey(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", passkeys.remove(principal.getName(), id) ? "The passkey is removed."
                : "That passkey was already removed.");
        return "redirect:/admin/account";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
            CsrfToken csrf, Principal principal, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        if (!newPassword.equals(confirmPassword)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(csrf, principal, Map.of("confirmPassword", "The two new passwords are not the same."), model);
        }
        var problem = credentials.changePassword(principal.getName(), currentPassword, newPassword);
        if (problem.isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            var field = problem.get().startsWith("That is not your current") ? "currentPassword" : "newPassword";
            return show(csrf, principal, Map.of(field, problem.get()), model);
        }
        redirect.addFlashAttribute("notice", "Your password has been changed.");
        return "redirect:/admin/account";
    }

    @GetMapping("/two-factor")
    String enrolForm(CsrfToken csrf, Principal principal, Model model) {
        model.addAttribute("page", new EnrolmentPage(layouts.of("Set up two-factor sign-in", csrf, principal),
                credentials.startEnrolment(principal.getName()), "/admin/account/two-factor", false, null));
        return "admin/enrol";
    }

    @PostMapping("/two-factor")
    String enrol(@RequestParam(defaultValue = "") String secret, @RequestParam(defaultValue = "") String signature,
            @RequestParam(defaultValue = "") String code, CsrfToken csrf, Principal principal,
            HttpServletResponse response, Model model) {
        var codes = credentials.enrolTwoFactor(principal.getName(), secret, signature, code);
        if (codes.isPresent()) {
            model.addAttribute("page", new RecoveryCodesPage(layouts.of("Your recovery codes", csrf, principal),
                    codes.get(), true));
            return "admin/recovery-codes";
        }
        var enrolment = credentials.resumeEnrolment(principal.getName(), secret, signature)
                .orElseGet(() -> credentials.startEnrolment(principal.getName()));
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new EnrolmentPage(layouts.of("Set up two-factor sign-in", csrf, principal),
                enrolment, "/admin/account/two-factor", false, EnrolmentPage.WRONG_CODE));
        return "admin/enrol";
    }

    @PostMapping("/two-factor/remove")
    String removeTwoFactor(@RequestParam(defaultValue = "") String code, CsrfToken csrf, Principal principal,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        if (staff.twoFactorRequired()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(csrf, principal, Map.of("removeCode",
                    "The newsroom requires two-factor sign-in, so it cannot be turned off."), model);
        }
        if (!credentials.removeTwoFactor(principal.getName(), code)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(csrf, principal, Map.of("removeCode", "That code did not work."), model);
        }
        redirect.addFlashAttribute("notice", "Two-factor sign-in is off. Your password alone now signs you in.");
        return "redirect:/admin/account";
    }

    @PostMapping("/recovery-codes")
    String newRecoveryCodes(CsrfToken csrf, Principal principal, Model model) {
        var codes = credentials.newRecoveryCodes(principal.getName());
        if (codes.isEmpty()) {
            return "redirect:/admin/account";
        }
        model.addAttribute("page", new RecoveryCodesPage(layouts.of("Your recovery codes", csrf, principal), codes,
                false));
        return "admin/recovery-codes";
    }

    @PostMapping("/sign-out-everywhere")
    String signOutEverywhere(Principal principal, HttpServletRequest request, HttpServletResponse response) {
        // This session goes first, through the servlet API, so that nothing writes it back afterwards.
        new SecurityContextLogoutHandler().logout(request, response, null);
        credentials.signOutEverywhere(principal.getName());
        return "redirect:/admin/login?signed-out-everywhere";
    }

    private String show(CsrfToken csrf, Principal principal, Map<String, String> errors, Model model) {
        var layout = layouts.of("Your account", csrf, principal);
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        model.addAttribute("page", new AccountPage(layout, errors, notice,
                credentials.recoveryCodesLeft(principal.getName()), staff.twoFactorRequired(),
                passkeys.of(principal.getName())));
        return "admin/account";
    }
}
