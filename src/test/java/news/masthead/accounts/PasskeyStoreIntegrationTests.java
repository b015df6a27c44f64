package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.test.context.TestPropertySource;

/**
 * Passkeys in the database through Spring Security's JDBC stores and the tables of the
 * migrations: what a node writes, another reads back byte for byte; adding and removing are
 * audited; a staff member's passkeys go with their account; and the challenge of a passkey being
 * added survives the trip through a database-backed session. Runs on H2 and PostgreSQL.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "masthead.demo.enabled=false")
abstract class PasskeyStoreIntegrationTests {

    @Autowired
    StaffManagement staff;
    @Autowired
    PublicKeyCredentialUserEntityRepository userEntities;
    @Autowired
    PasskeyStore store;
    @Autowired
    StaffPasskeys passkeys;
    @Autowired
    RelyingParty relyingParty;
    @Autowired
    PasskeyOffers offers;
    @Autowired
    JdbcClient jdbc;

    private long auditedBefore;

    @BeforeEach
    void twoEditors() {
        auditedBefore = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
        jdbc.sql("DELETE FROM staff_member").update();
        staff.join(new NewStaffMember("Ed Itor", "ed@example.org", "tidal marsh lantern seven"), Role.EDITOR);
        staff.join(new NewStaffMember("Di Rector", "di@example.org", "tidal marsh lantern seven"), Role.EDITOR);
    }

    @Test
    void aPasskeyReadsBackAsItWasStored() {
        var stored = passkey("ed@example.org", "  Work\tlaptop \n");

        var read = store.findByUserId(stored.getUserEntityUserId());

        assertThat(read).singleElement().satisfies(passkey -> {
            assertThat(passkey.getCredentialId()).isEqualTo(stored.getCredentialId());
            assertThat(passkey.getPublicKey().getBytes()).isEqualTo(stored.getPublicKey().getBytes());
            assertThat(passkey.getAttestationObject()).isEqualTo(stored.getAttestationObject());
            assertThat(passkey.getAttestationClientDataJSON()).isEqualTo(stored.getAttestationClientDataJSON());
            assertThat(passkey.getTransports()).containsExactlyInAnyOrder(AuthenticatorTransport.INTERNAL,
                    AuthenticatorTransport.HYBRID);
            assertThat(passkey.getSignatureCount()).isEqualTo(3);
            assertThat(passkey.isUvInitialized()).isTrue();
            assertThat(passkey.getCreated()).isEqualTo(stored.getCreated());
            assertThat(passkey.getLastUsed()).as("not used since it was added").isEqualTo(stored.getCreated());
            assertThat(passkey.getLabel()).isEqualTo("Work laptop");
        });
        assertThat(store.findByCredentialId(stored.getCredentialId())).isNotNull();
        assertThat(audited("passkey.added", "ed@example.org")).containsExactly("Work laptop");
    }

    @Test
    void aSignInMovesTheCounterAndLastUseWithoutCountingAsAdded() {
        var stored = passkey("ed@example.org", "Phone");
        var later = stored.getCreated().plus(2, ChronoUnit.DAYS);

        store.save(ImmutableCredentialRecord.fromCredentialRecord(store.findByCredentialId(stored.getCredentialId()))
                .signatureCount(4)
                .lastUsed(later)
                .build());

        assertThat(passkeys.of("ed@example.org")).singleElement().satisfies(passkey -> {
            assertThat(passkey.label()).isEqualTo("Phone");
            assertThat(passkey.lastUsed()).isEqualTo(later);
            assertThat(passkey.used()).isTrue();
        });
        assertThat(store.findByCredentialId(stored.getCredentialId()).getSignatureCount()).isEqualTo(4);
        assertThat(audited("passkey.added", "ed@example.org")).hasSize(1);
    }

    @Test
    void onlyItsOwnerRemovesAPasskey() {
        var eds = passkey("ed@example.org", "Phone");
        var id = eds.getCredentialId().toBase64UrlString();
        assertThat(passkeys.of("ed@example.org")).extracting(Passkey::used).containsExactly(false);

        assertThat(passkeys.remove("di@example.org", id)).isFalse();
        assertThat(passkeys.remove("ed@example.org", "not base64 at all!")).isFalse();
        assertThat(passkeys.of("ed@example.org")).hasSize(1);

        assertThat(passkeys.remove("Ed@Example.org", id)).isTrue();
        assertThat(passkeys.of("ed@example.org")).isEmpty();
        assertThat(audited("passkey.removed", "ed@example.org")).containsExactly("Phone");
    }

    @Test
    void aStaffMembersPasskeysGoWithTheirAccount() {
        passkey("ed@example.org", "Phone");
        passkey("di@example.org", "Phone");

        jdbc.sql("DELETE FROM staff_member WHERE email = 'ed@example.org'").update();

        assertThat(userEntities.findByUsername("ed@example.org")).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_credentials").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theOfferOfANewPasskeyComesBackFromTheSessionAsItWasMade() throws Exception {
        var options = relyingParty.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(
                        UsernamePasswordAuthenticationToken.authenticated("ed@example.org", null, List.of())));
        var request = new MockHttpServletRequest();
        offers.save(request, new MockHttpServletResponse(), options);

        // As the database-backed session stores it: serialized, and read back on another request.
        var next = new MockHttpServletRequest();
        next.setSession(roundTrip((MockHttpSession) request.getSession()));
        var offered = offers.load(next);

        assertThat(offered).isNotNull();
        assertThat(offered.getChallenge()).isEqualTo(options.getChallenge());
        assertThat(offered.getUser().getId()).isEqualTo(options.getUser().getId());
        assertThat(offered.getUser().getName()).isEqualTo("ed@example.org");
        assertThat(offered.getRp().getId()).isEqualTo("localhost").isEqualTo(options.getRp().getId());
        assertThat(offered.getAuthenticatorSelection().getUserVerification())
                .isEqualTo(UserVerificationRequirement.REQUIRED);
        assertThat(options.getAuthenticatorSelection().getResidentKey()).isEqualTo(ResidentKeyRequirement.REQUIRED);
        assertThat(offered.getPubKeyCredParams()).containsExactlyElementsOf(options.getPubKeyCredParams())
                .contains(PublicKeyCredentialParameters.ES256);

        offers.save(next, new MockHttpServletResponse(), null);
        assertThat(offers.load(next)).isNull();
    }

    /** A passkey as Spring Security would store one after checking the browser's answer. */
    private CredentialRecord passkey(String email, String label) {
        var user = userEntities.findByUsername(email);
        if (user == null) {
            user = RelyingParty.user(Bytes.random(), email, email);
            userEntities.save(user);
        }
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var record = ImmutableCredentialRecord.builder()
                .credentialId(Bytes.random())
                .userEntityUserId(user.getId())
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(Bytes.random().getBytes()))
                .signatureCount(3)
                .uvInitialized(true)
                .backupEligible(true)
                .backupState(false)
                .transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
                .attestationObject(Bytes.random())
                .attestationClientDataJSON(Bytes.random())
                .created(now)
                .lastUsed(now.plusSeconds(5))
                .label(label)
                .build();
        store.save(record);
        return record;
    }

    private List<String> audited(String action, String subject) {
        return jdbc.sql("SELECT detail FROM audit_entry WHERE id > :before AND action = :action AND subject = :subject"
                + " ORDER BY id")
                .param("before", auditedBefore)
                .param("action", action)
                .param("subject", subject)
                .query(String.class)
                .list();
    }

    private static MockHttpSession roundTrip(MockHttpSession session) throws Exception {
        var copy = new MockHttpSession();
        for (var name : Collections.list(session.getAttributeNames())) {
            var bytes = new ByteArrayOutputStream();
            try (var out = new ObjectOutputStream(bytes)) {
                out.writeObject(session.getAttribute(name));
            }
            try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                copy.setAttribute(name, in.readObject());
            }
        }
        return copy;
    }
}
