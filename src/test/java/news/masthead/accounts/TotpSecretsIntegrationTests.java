package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import dev.samstevens.totp.code.DefaultCodeGenerator;

/**
 * Authenticator secrets are stored encrypted, and signing in with the app's codes works as before,
 * including for secrets stored in the clear before encryption, which a node encrypts when it
 * starts. Runs on H2 and PostgreSQL.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "masthead.demo.enabled=false")
abstract class TotpSecretsIntegrationTests {

    private static final String EMAIL = "ed@example.org";

    @Autowired
    StaffManagement staff;
    @Autowired
    StaffCredentials credentials;
    @Autowired
    TotpSecrets secrets;
    @Autowired
    JdbcClient jdbc;

    private String secret = "";
    private List<String> recoveryCodes = List.of();

    @BeforeEach
    void anEditorWithAnAuthenticatorApp() throws Exception {
        jdbc.sql("DELETE FROM staff_member").update();
        staff.join(new NewStaffMember("Ed Itor", EMAIL, "tidal marsh lantern seven"), Role.EDITOR);
        var enrolment = credentials.startEnrolment(EMAIL);
        secret = enrolment.secret();
        recoveryCodes = credentials.enrolTwoFactor(EMAIL, secret, enrolment.signature(), code(0)).orElseThrow();
    }

    @Test
    void theStoredValueIsNotTheSecretAndTheAppStillSignsIn() throws Exception {
        var stored = stored();

        assertThat(stored).startsWith("v1:").doesNotContain(secret).isNotEqualTo(secret);
        assertThat(stored.toUpperCase()).doesNotContain(secret);
        assertThat(credentials.verifySecondFactor(EMAIL, code(0))).isTrue();
        assertThat(credentials.verifySecondFactor(EMAIL, "000000")).isFalse();
    }

    @Test
    void sealingTheSameSecretTwiceGivesTwoDifferentValues() {
        var once = secrets.seal(secret);
        var twice = secrets.seal(secret);

        assertThat(once).isNotEqualTo(twice);
        assertThat(secrets.open(once)).isEqualTo(secret);
        assertThat(secrets.open(twice)).isEqualTo(secret);
    }

    @Test
    void aSecretStoredInTheClearStillSignsInAndIsEncryptedWhenANodeStarts() throws Exception {
        jdbc.sql("UPDATE staff_member SET totp_secret = :secret WHERE email = :email")
                .param("secret", secret).param("email", EMAIL).update();
        assertThat(credentials.verifySecondFactor(EMAIL, code(0))).isTrue();

        assertThat(secrets.sealStoredInTheClear()).isEqualTo(1);

        assertThat(stored()).startsWith("v1:").doesNotContain(secret);
        assertThat(secrets.sealStoredInTheClear()).isZero();
        assertThat(credentials.verifySecondFactor(EMAIL, code(1))).isTrue();
    }

    @Test
    void anAlteredSecretSignsNobodyInButARecoveryCodeStillDoes() {
        var stored = stored();
        var flipped = stored.charAt(10) == 'A' ? 'B' : 'A';
        jdbc.sql("UPDATE staff_member SET totp_secret = :altered WHERE email = :email")
                .param("altered", stored.substring(0, 10) + flipped + stored.substring(11))
                .param("email", EMAIL)
                .update();

        assertThatIllegalStateException().isThrownBy(() -> secrets.open(stored()));
        assertThat(credentials.verifySecondFactor(EMAIL, codeQuietly())).isFalse();
        assertThat(credentials.verifySecondFactor(EMAIL, recoveryCodes.getFirst())).isTrue();
    }

    private String stored() {
        return jdbc.sql("SELECT totp_secret FROM staff_member WHERE email = :email")
                .param("email", EMAIL)
                .query(String.class)
                .single();
    }

    /** The app's code for this thirty-second step, or as many steps after it. */
    private String code(int stepsLater) throws Exception {
        return new DefaultCodeGenerator().generate(secret,
                Math.floorDiv(Instant.now().getEpochSecond(), 30) + stepsLater);
    }

    private String codeQuietly() {
        try {
            return code(0);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
