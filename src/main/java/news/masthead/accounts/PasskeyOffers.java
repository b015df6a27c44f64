package news.masthead.accounts;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Component;

/**
 * Holds the challenge of a passkey being added between the two requests that add it. Spring
 * Security keeps the whole options object in the session, but admin sessions live in the database
 * and that object cannot be serialized; so the session keeps the challenge and the user handle,
 * the parts the browser's answer is checked against, and the rest is rebuilt as it was offered.
 */
@Component
class PasskeyOffers implements PublicKeyCredentialCreationOptionsRepository {

    private static final String ATTRIBUTE = PasskeyOffers.class.getName();

    private final RelyingParty relyingParty;

    PasskeyOffers(RelyingParty relyingParty) {
        this.relyingParty = relyingParty;
    }

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response,
            @Nullable PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            var session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        var user = options.getUser();
        request.getSession().setAttribute(ATTRIBUTE, new Offer(options.getChallenge().toBase64UrlString(),
                user.getId().toBase64UrlString(), user.getName(), user.getDisplayName()));
    }

    @Override
    public @Nullable PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Offer offer)) {
            return null;
        }
        return relyingParty.offered(Bytes.fromBase64(offer.challenge()),
                RelyingParty.user(Bytes.fromBase64(offer.userId()), offer.userName(), offer.displayName()));
    }

    /** What the session keeps of an offer, in plain strings. */
    record Offer(String challenge, String userId, String userName, @Nullable String displayName)
            implements Serializable {
    }
}
