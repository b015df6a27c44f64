package news.masthead.accounts.admin;

import java.security.Principal;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.Role;
import news.masthead.accounts.StaffChange;
import news.masthead.accounts.StaffManagement;

/** Administrators manage the staff: invite, change roles, deactivate, lift lock-outs, require 2FA. */
@Controller
@RequestMapping("/admin/staff")
@PreAuthorize("hasAuthority('MANAGE_STAFF')")
class StaffController {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final StaffManagement staff;
    private final AdminLayouts layouts;
    private final LinkBase linkBase;

    StaffController(StaffManagement staff, AdminLayouts layouts, LinkBase linkBase) {
        this.staff = staff;
        this.layouts = layouts;
        this.linkBase = linkBase;
    }

    @GetMapping
    String list(CsrfToken csrf, Principal principal, Model model) {
        return show(csrf, principal, "", Role.AUTHOR, Map.of(), model);
    }

    @PostMapping("/invite")
    String invite(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String role,
            CsrfToken csrf, Principal principal, HttpServletResponse response, RedirectAttributes redirect,
            Model model) {
        var address = email.strip();
        var chosen = Arrays.stream(Role.values()).filter(candidate -> candidate.name().equals(role)).findFirst();
        String problem = null;
        if (!address.matches(EMAIL) || address.length() > 254) {
            problem = "Please check the address: it should look like name@example.com.";
        }
        else if (staff.profile(address).isPresent()) {
            problem = "Someone on the staff already has that address.";
        }
        if (problem != null || chosen.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(csrf, principal, address, chosen.orElse(Role.AUTHOR),
                    problem != null ? Map.of("email", problem) : Map.of("role", "Please choose a role."), model);
        }
        staff.invite(address, chosen.get(), linkBase.get());
        redirect.addFlashAttribute("notice", "Invitation sent to " + address + ". The link works for 72 hours.");
        return "redirect:/admin/staff";
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam(defaultValue = "") String role, Principal principal,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        var chosen = Arrays.stream(Role.values()).filter(candidate -> candidate.name().equals(role)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        return outcome(id, staff.changeRole(id, chosen), "Role changed. Their open sessions have ended.", principal,
                request, response, redirect);
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, Principal principal, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return outcome(id, staff.deactivate(id), "Account deactivated. They can no longer sign in.", principal,
                request, response, redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, Principal principal, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return outcome(id, staff.reactivate(id), "Account reactivated.", principal, request, response, redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, Principal principal, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return outcome(id, staff.liftLockOut(id), "Lock-out lifted. They can sign in again.", principal, request,
                response, redirect);
    }

    @PostMapping("/two-factor-policy")
    String twoFactorPolicy(@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        staff.requireTwoFactor(required);
        redirect.addFlashAttribute("notice", required
                ? "Two-factor sign-in is now required: staff without it will set it up at their next sign-in."
                : "Two-factor sign-in is now optional.");
        return "redirect:/admin/staff";
    }

    private String outcome(long id, StaffChange change, String done, Principal principal, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        switch (change) {
            case NOT_FOUND -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            case LAST_ADMINISTRATOR -> redirect.addFlashAttribute("error",
                    "The newsroom needs at least one active administrator: make someone else one first.");
            case DONE -> {
                var self = staff.profile(principal.getName()).filter(me -> me.id() == id);
                if (self.isPresent() && (!self.get().active() || self.get().role() != Role.ADMINISTRATOR)) {
                    new SecurityContextLogoutHandler().logout(request, response, null);
                    return "redirect:/admin/login";
                }
                redirect.addFlashAttribute("notice", done);
            }
        }
        return "redirect:/admin/staff";
    }

    private String show(CsrfToken csrf, Principal principal, String email, Role role, Map<String, String> errors,
            Model model) {
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        var error = model.getAttribute("error") instanceof String text ? text : null;
        model.addAttribute("page", new StaffPage(layouts.of("Staff", csrf, principal), staff.all(),
                staff.twoFactorRequired(), email, role, errors, notice, error));
        return "admin/staff";
    }
}
