package news.masthead.accounts;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import news.masthead.audit.AuditLog;

/**
 * How staff sign in, applied to the admin's filter chain by the site's security configuration:
 * the password form, throttling by account and by address, lock-out after repeated failures, a
 * second step for staff who use (or must use) an authenticator app, and passkeys. Every outcome is
 * audited.
 */
@Component
public class AdminSignIn {

    /** The only authority of someone between their password and their second step. */
    public static final String SECOND_STEP = SecondStepPending.AUTHORITY;

    private static final String LOCKED = "This account is locked after too many failed sign-ins. An administrator can"
            + " lift the lock-out.";
    private static final String PASSKEY_REFUSED = "That passkey did not sign you in. Try again, or use your password.";

    private final StaffMemberRepository members;
    private final StaffManagement staff;
    private final StaffDetailsService details;
    private final SignInThrottle throttle;
    private final PasskeySignIn passkeys;
    private final AuditLog audit;
    private final Clock clock;
    private final AccessDeniedHandlerImpl refusalPage = new AccessDeniedHandlerImpl();
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    AdminSignIn(StaffMemberRepository members, StaffManagement staff, StaffDetailsService details,
            SignInThrottle throttle, PasskeySignIn passkeys, AuditLog audit, Clock clock) {
        this.members = members;
        this.staff = staff;
        this.details = details;
        this.throttle = throttle;
        this.passkeys = passkeys;
        this.audit = audit;
        this.clock = clock;
        refusalPage.setErrorPage("/admin/denied");
    }

    public HttpSecurity configure(HttpSecurity http) throws Exception {
        passkeys.configure(http, this::passkeyAccepted, this::passkeyRefused);
        return http.securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(login -> login.loginPage("/admin/login")
                        .usernameParameter("email")
                        .successHandler((request, response, authentication) -> passwordAccepted(request, response,
                                authentication))
                        .failureHandler(this::passwordRefused))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(this::denied))
                .addFilterBefore(new ThrottleFilter(), UsernamePasswordAuthenticationFilter.class);
    }

    /** A refusal is a 403 page, except for someone mid-sign-in, who is sent back to their second step. */
    private void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        var pending = pending();
        if (pending.isPresent()) {
            response.sendRedirect(pending.get().enrolling() ? "/admin/login/enrol" : "/admin/login/code");
            return;
        }
        refusalPage.handle(request, response, denied);
    }

    /** Signed in with every step done: what {@code /admin} requires beyond the public pages. */
    public static AuthorizationManager<RequestAuthorizationContext> fullySignedIn() {
        return (authentication, context) -> new AuthorizationDecision(isFullySignedIn(authentication.get()));
    }

    static boolean isFullySignedIn(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !(authentication instanceof SecondStepPending);
    }

    /** Whose second step this session is waiting for, and whether it is enrolment rather than a code. */
    public Optional<PendingSignIn> pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondStepPending pending
                ? Optional.of(new PendingSignIn(pending.getName(), pending.enrolling()))
                : Optional.empty();
    }

    /**
     * After a good second step: the full sign-in, in a fresh session id. False (and signed out) if
     * the account was locked or deactivated in the meantime.
     */
    public boolean completeSecondStep(HttpServletRequest request, HttpServletResponse response) {
        var pending = pending().orElseThrow();
        var user = details.loadUserByUsername(pending.email());
        if (!user.isAccountNonLocked() || !user.isEnabled()) {
            abandon(request, response);
            return false;
        }
        throttle.succeeded(pending.email());
        request.changeSessionId();
        signIn(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request,
                response);
        audit.recordAs(pending.email(), "sign-in", pending.email(),
                pending.enrolling() ? "Password, then enrolled an authenticator" : "Password and second factor");
        return true;
    }

    /**
     * A wrong code at the second step counts as a failed sign-in. True if the account is still
     * allowed to try; false once it is throttled or locked, and the pending sign-in is dropped.
     */
    public boolean secondStepFailed(HttpServletRequest request, HttpServletResponse response) {
        var email = pending().orElseThrow().email();
        audit.recordAlone(email, "sign-in.failed", email, "Wrong second-factor code");
        failed(email, request.getRemoteAddr());
        if (throttle.refusal(email, request.getRemoteAddr()).isPresent()
                || members.findByEmail(email).map(StaffMember::locked).orElse(true)) {
            abandon(request, response);
            return false;
        }
        return true;
    }

    private void passwordAccepted(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        var email = authentication.getName();
        throttle.succeeded(email);
        var member = members.findByEmail(email).orElseThrow();
        if (member.usesTwoFactor() || staff.twoFactorRequired()) {
            signIn(new SecondStepPending(email, !member.usesTwoFactor()), request, response);
            response.sendRedirect(member.usesTwoFactor() ? "/admin/login/code" : "/admin/login/enrol");
            return;
        }
        audit.recordAs(email, "sign-in", email, "Password");
        response.sendRedirect("/admin");
    }

    /**
     * A passkey that checked out. It verified its owner (fingerprint, face or PIN) on a device they
     * hold, which is two factors already, so there is no second step; but a locked or deactivated
     * account is refused as it would be with a password. Answered in JSON, for the page's script.
     */
    private void passkeyAccepted(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        SecurityContextHolder.clearContext();
        var email = authentication.getName();
        var user = details.loadUserByUsername(email);
        if (!user.isAccountNonLocked()) {
            audit.recordAlone(email, "sign-in.refused", email, "Account locked (passkey)");
            PasskeySignIn.answer(response, HttpServletResponse.SC_FORBIDDEN, LOCKED);
            return;
        }
        if (!user.isEnabled()) {
            audit.recordAlone(email, "sign-in.refused", email, "Account deactivated (passkey)");
            PasskeySignIn.answer(response, HttpServletResponse.SC_FORBIDDEN, PASSKEY_REFUSED);
            return;
        }
        throttle.succeeded(email);
        request.getSession();
        request.changeSessionId();
        signIn(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request,
                response);
        audit.recordAs(email, "sign-in", email, "Passkey");
        PasskeySignIn.json(response, HttpServletResponse.SC_OK, "{\"authenticated\":true,\"redirectUrl\":\"/admin\"}");
    }

    /** A passkey that did not check out: whose it claimed to be is unknown, so only the attempt is audited. */
    private void passkeyRefused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        audit.recordAlone("anonymous", "sign-in.failed", "passkey", "Passkey not accepted");
        PasskeySignIn.answer(response, HttpServletResponse.SC_UNAUTHORIZED, PASSKEY_REFUSED);
    }

    private void passwordRefused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        var email = Objects.toString(request.getParameter("email"), "").strip();
        if (failure instanceof LockedException) {
            audit.recordAlone(email, "sign-in.refused", email, "Account locked");
            response.sendRedirect("/admin/login?locked");
            return;
        }
        audit.recordAlone(email, "sign-in.failed", email,
                failure instanceof DisabledException ? "Account deactivated" : "Wrong e-mail address or password");
        failed(email, request.getRemoteAddr());
        response.sendRedirect("/admin/login?error");
    }

    private void failed(String email, String address) {
        if (throttle.failed(email, address)) {
            members.findByEmail(StaffMember.normalizeEmail(email)).filter(member -> !member.locked()).ifPresent(member -> {
                member.lock(clock.instant());
                members.save(member);
                audit.recordAlone(member.email(), "sign-in.locked-out", member.email(), "Too many failed sign-ins");
            });
        }
    }

    private void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = new SecurityContextImpl(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private void abandon(HttpServletRequest request, HttpServletResponse response) {
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
    }

    /** Refuses a sign-in attempt before its password is checked when the account or address has failed too often. */
    private final class ThrottleFilter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && "/admin/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var email = Objects.toString(request.getParameter("email"), "").strip();
            if (members.findByEmail(StaffMember.normalizeEmail(email)).map(StaffMember::locked).orElse(false)) {
                audit.recordAlone(email, "sign-in.refused", email, "Account locked");
                response.sendRedirect("/admin/login?locked");
                return;
            }
            var refusal = throttle.refusal(email, request.getRemoteAddr());
            if (refusal.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            audit.recordAlone(email, "sign-in.throttled", email,
                    refusal.get() == SignInThrottle.Refusal.ADDRESS_THROTTLED ? "Too many failures from this address"
                            : "Too many failures for this account");
            if (refusal.get() == SignInThrottle.Refusal.ACCOUNT_THROTTLED) {
                failed(email, request.getRemoteAddr());
            }
            response.sendRedirect("/admin/login?throttled");
        }
    }
}
