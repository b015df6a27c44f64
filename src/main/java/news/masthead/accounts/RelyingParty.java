package news.masthead.accounts;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;

/**
 * The newsroom as a WebAuthn relying party: Spring Security's webauthn4j checks, over the passkeys
 * kept in the database, with the site name and origins from {@link PasskeySettings}. Those are
 * settled on first use rather than at start-up, because without a configured address they depend
 * on the port the server ends up listening on.
 * <p>
 * Every passkey must verify its user (fingerprint, face or PIN), not merely be present: that is
 * what lets a passkey alone stand for two factors and skip the authenticator-app step.
 */
@Component
class RelyingParty implements WebAuthnRelyingPartyOperations {

    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final PasskeyStore passkeys;
    private final PasskeySettings settings;
    private final Environment environment;
    private volatile @Nullable Webauthn4JRelyingPartyOperations operations;
    private volatile @Nullable PublicKeyCredentialRpEntity entity;

    RelyingParty(PublicKeyCredentialUserEntityRepository userEntities, PasskeyStore passkeys,
            PasskeySettings settings, Environment environment) {
        this.userEntities = userEntities;
        this.passkeys = passkeys;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return operations().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return operations().registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
            PublicKeyCredentialRequestOptionsRequest request) {
        return operations().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return operations().authenticate(request);
    }

    /** The site name and origins in force, settled on first use. */
    PasskeySettings.Party party() {
        var port = environment.getProperty("local.server.port", Integer.class,
                environment.getProperty("server.port", Integer.class, 8080));
        return settings.resolve(environment.getProperty("masthead.base-url", ""),
                environment.getProperty("server.address", ""), port,
                environment.getProperty("server.ssl.enabled", Boolean.class, false));
    }

    /**
     * The options offered when a passkey was being added, rebuilt from what the session kept of
     * them: the parts the browser's answer is checked against.
     */
    PublicKeyCredentialCreationOptions offered(Bytes challenge, PublicKeyCredentialUserEntity user) {
        operations();
        return creationOptions(PublicKeyCredentialCreationOptions.builder().rp(entity).user(user).challenge(challenge))
                .build();
    }

    private Webauthn4JRelyingPartyOperations operations() {
        var current = operations;
        if (current == null) {
            var party = party();
            var rp = PublicKeyCredentialRpEntity.builder().id(party.id()).name(settings.rpName()).build();
            current = new Webauthn4JRelyingPartyOperations(userEntities, passkeys, rp, party.origins());
            current.setCustomizeCreationOptions(RelyingParty::creationOptions);
            current.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
            entity = rp;
            operations = current;
        }
        return current;
    }

    private static PublicKeyCredentialCreationOptions.PublicKeyCredentialCreationOptionsBuilder creationOptions(
            PublicKeyCredentialCreationOptions.PublicKeyCredentialCreationOptionsBuilder options) {
        return options.attestation(AttestationConveyancePreference.NONE)
                .pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
                        PublicKeyCredentialParameters.RS256)
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .build())
                .timeout(TIMEOUT);
    }

    static PublicKeyCredentialUserEntity user(Bytes id, String name, @Nullable String displayName) {
        return ImmutablePublicKeyCredentialUserEntity.builder().id(id).name(name).displayName(displayName).build();
    }
}
