package news.masthead.accounts;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Someone who gave the right password but has a second step to go: a code from their
 * authenticator app, or, where the newsroom requires two-factor sign-in and they have not set it
 * up, enrolling an app. It carries no permission, only the authority that opens those pages.
 */
final class SecondStepPending extends AbstractAuthenticationToken {

    static final String AUTHORITY = "SIGN_IN_SECOND_STEP";

    private final String email;
    private final boolean enrolling;

    SecondStepPending(String email, boolean enrolling) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.email = email;
        this.enrolling = enrolling;
        setAuthenticated(true);
    }

    boolean enrolling() {
        return enrolling;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return email;
    }

    @Override
    public String getName() {
        return email;
    }
}
