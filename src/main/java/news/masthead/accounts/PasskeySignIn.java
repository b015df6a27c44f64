package news.masthead.accounts;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsFilter;
import org.springframework.security.web.webauthn.registration.WebAuthnRegistrationFilter;
import org.springframework.stereotype.Component;

/**
 * Spring Security's passkey filters on the admin's chain, at addresses under {@code /admin}: the
 * admin's session and its cookie exist only there, and {@code HttpSecurity.webAuthn()} places
 * three of its four filters under {@code /webauthn/} with no way to move them. Signing in with a
 * passkey is open to anyone, like the password form; adding one needs a full sign-in, which the
 * chain's authorization checks before those two filters run.
 */
@Component
class PasskeySignIn {

    static final String SIGN_IN_OPTIONS = "/admin/login/passkey/options";
    static final String SIGN_IN = "/admin/login/passkey";
    static final String ADD_OPTIONS = "/admin/account/passkeys/options";
    static final String ADD = "/admin/account/passkeys";

    private final RelyingParty relyingParty;
    private final PasskeyStore passkeys;
    private final PasskeyOffers offers;
    private final StaffDetailsService details;

    PasskeySignIn(RelyingParty relyingParty, PasskeyStore passkeys, PasskeyOffers offers,
            StaffDetailsService details) {
        this.relyingParty = relyingParty;
        this.passkeys = passkeys;
        this.offers = offers;
        this.details = details;
    }

    /**
     * The passkey's signature is checked here; whether its owner may sign in at all, and what the
     * session then holds, is for the success handler to decide.
     */
    void configure(HttpSecurity http, AuthenticationSuccessHandler accepted, AuthenticationFailureHandler refused) {
        var signInOptions = new PublicKeyCredentialRequestOptionsFilter(relyingParty);
        signInOptions.setRequestMatcher(pathPattern(HttpMethod.POST, SIGN_IN_OPTIONS));

        var signIn = new WebAuthnAuthenticationFilter();
        signIn.setRequiresAuthenticationRequestMatcher(pathPattern(HttpMethod.POST, SIGN_IN));
        signIn.setAuthenticationManager(new ProviderManager(new WebAuthnAuthenticationProvider(relyingParty, details)));
        signIn.setSecurityContextRepository(new NullSecurityContextRepository());
        signIn.setAuthenticationSuccessHandler(accepted);
        signIn.setAuthenticationFailureHandler(refused);

        var addOptions = new PublicKeyCredentialCreationOptionsFilter(relyingParty);
        addOptions.setRequestMatcher(pathPattern(HttpMethod.POST, ADD_OPTIONS));
        addOptions.setCreationOptionsRepository(offers);

        var add = new Registration(pathPattern(HttpMethod.POST, ADD));
        add.setCreationOptionsRepository(offers);

        http.addFilterBefore(signInOptions, AuthorizationFilter.class)
                .addFilterAfter(signIn, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(addOptions, AuthorizationFilter.class)
                .addFilterAfter(add, AuthorizationFilter.class);
    }

    /**
     * Spring Security's registration endpoint, answering a passkey it cannot accept (made for
     * another site, a stale challenge) with a 400 and a message instead of a server error.
     * Passkeys are removed from the account page's form, not through its DELETE endpoint, which
     * stays at an address outside the admin where this chain never sees it.
     */
    private final class Registration extends WebAuthnRegistrationFilter {

        private final RequestMatcher matcher;

        Registration(RequestMatcher matcher) {
            super(passkeys, relyingParty);
            this.matcher = matcher;
            setRegisterCredentialMatcher(matcher);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!matcher.matches(request)) {
                chain.doFilter(request, response);
                return;
            }
            try {
                super.doFilterInternal(request, response, chain);
            }
            catch (RuntimeException refused) {
                if (response.isCommitted()) {
                    throw refused;
                }
                response.resetBuffer();
                answer(response, HttpServletResponse.SC_BAD_REQUEST,
                        "The passkey could not be added. Please try again.");
            }
        }
    }

    /** A JSON answer for the page's script: {@code {"error": "…"}} with the given status. */
    static void answer(HttpServletResponse response, int status, String error) throws IOException {
        json(response, status, "{\"error\":\"" + error.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
