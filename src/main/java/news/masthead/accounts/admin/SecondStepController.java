package news.masthead.accounts.admin;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.masthead.accounts.AdminSignIn;
import news.masthead.accounts.StaffCredentials;

/**
 * The second step of signing in, between the password and the dashboard: a code from the
 * authenticator app (or a recovery code), or, where the newsroom requires it, setting one up.
 */
@Controller
@RequestMapping("/admin/login")
class SecondStepController {

    private final AdminSignIn signIn;
    private final StaffCredentials credentials;
    private final AdminLayouts layouts;

    SecondStepController(AdminSignIn signIn, StaffCredentials credentials, AdminLayouts layouts) {
        this.signIn = signIn;
        this.credentials = credentials;
        this.layouts = layouts;
    }

    @GetMapping("/code")
    String codeForm(CsrfToken csrf, Model model) {
        if (signIn.pending().map(pending -> pending.enrolling()).orElse(false)) {
            return "redirect:/admin/login/enrol";
        }
        model.addAttribute("page", FormPage.of(layouts.of("Second step", csrf, null)));
        return "admin/second-step";
    }

    @PostMapping("/code")
    String code(@RequestParam(defaultValue = "") String code, CsrfToken csrf, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var pending = signIn.pending().orElseThrow();
        if (!pending.enrolling() && credentials.verifySecondFactor(pending.email(), code)) {
            return signIn.completeSecondStep(request, response) ? "redirect:/admin" : "redirect:/admin/login?locked";
        }
        if (!signIn.secondStepFailed(request, response)) {
            return "redirect:/admin/login?throttled";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new FormPage(layouts.of("Second step", csrf, null), Map.of(),
                Map.of("code", "That code did not work. Codes change every 30 seconds: try the one showing now."),
                null, null));
        return "admin/second-step";
    }

    @GetMapping("/enrol")
    String enrolForm(CsrfToken csrf, Model model) {
        var email = signIn.pending().orElseThrow().email();
        model.addAttribute("page", new EnrolmentPage(layouts.of("Set up two-factor sign-in", csrf, null),
                credentials.startEnrolment(email), "/admin/login/enrol", true, null));
        return "admin/enrol";
    }

    @PostMapping("/enrol")
    String enrol(@RequestParam(defaultValue = "") String secret, @RequestParam(defaultValue = "") String signature,
            @RequestParam(defaultValue = "") String code, CsrfToken csrf, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        var email = signIn.pending().orElseThrow().email();
        var codes = credentials.enrolTwoFactor(email, secret, signature, code);
        if (codes.isPresent()) {
            if (!signIn.completeSecondStep(request, response)) {
                return "redirect:/admin/login?locked";
            }
            model.addAttribute("page", new RecoveryCodesPage(layouts.of("Your recovery codes", csrf, null),
                    codes.get(), true));
            return "admin/recovery-codes";
        }
        return retryEnrolment(email, secret, signature, csrf, response, model);
    }

    private String retryEnrolment(String email, String secret, String signature, CsrfToken csrf,
            HttpServletResponse response, Model model) {
        var enrolment = credentials.resumeEnrolment(email, secret, signature)
                .orElseGet(() -> credentials.startEnrolment(email));
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new EnrolmentPage(layouts.of("Set up two-factor sign-in", csrf, null), enrolment,
                "/admin/login/enrol", true, EnrolmentPage.WRONG_CODE));
        return "admin/enrol";
    }
}
