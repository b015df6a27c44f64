package news.masthead.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;

/**
 * Codes from an authenticator app (RFC 6238: six digits, thirty seconds, SHA-1, which is what
 * every app supports) and one-time recovery codes for the day the phone is lost. Recovery codes
 * are stored hashed like passwords; each works once.
 */
@Component
class TwoFactor {

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Masthead newsroom";
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final CodeVerifier verifier;
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    TwoFactor(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        var verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
                new SystemTimeProvider());
        // One step either side forgives a phone clock a little off and a code typed as it turned.
        verifier.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = verifier;
    }

    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    TwoFactorEnrolment enrolment(String email, String secret, String signature) {
        var data = new QrData.Builder().label(email).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            var png = new ZxingPngQrGenerator();
            png.setImageSize(220);
            return new TwoFactorEnrolment(secret, signature, data.getUri(),
                    Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        }
        catch (QrGenerationException e) {
            return new TwoFactorEnrolment(secret, signature, data.getUri(), null);
        }
    }

    boolean matches(String secret, String code) {
        var digits = code.replaceAll("\\s", "");
        return digits.matches("\\d{6}") && verifier.isValidCode(secret, digits);
    }

    /** The thirty-second step whose code this is (one step either side of now), if any. */
    OptionalLong step(String secret, String code, Instant now) {
        var digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = Math.floorDiv(now.getEpochSecond(), 30);
        for (long step = current - 1; step <= current + 1; step++) {
            try {
                if (MessageDigest.isEqual(generator.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        digits.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            }
            catch (CodeGenerationException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** Replaces the member's recovery codes with new ones, returned once in plain text. */
    List<String> newRecoveryCodes(long memberId) {
        jdbc.sql("DELETE FROM recovery_code WHERE staff_member_id = :id").param("id", memberId).update();
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var code = recoveryCode();
            codes.add(code);
            jdbc.sql("INSERT INTO recovery_code (staff_member_id, code_hash) VALUES (:id, :hash)")
                    .param("id", memberId)
                    .param("hash", encoder.encode(normalize(code)))
                    .update();
        }
        return codes;
    }

    /** Uses up a recovery code; true if it was one of the member's unused ones. */
    boolean useRecoveryCode(long memberId, String code) {
        var typed = normalize(code);
        if (typed.length() != 10) {
            return false;
        }
        record Stored(long id, String codeHash) {
        }
        var stored = jdbc.sql("SELECT id, code_hash FROM recovery_code WHERE staff_member_id = :id")
                .param("id", memberId)
                .query(Stored.class)
                .list();
        for (var candidate : stored) {
            if (encoder.matches(typed, candidate.codeHash())) {
                return jdbc.sql("DELETE FROM recovery_code WHERE id = :id").param("id", candidate.id()).update() == 1;
            }
        }
        return false;
    }

    int recoveryCodesLeft(long memberId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE staff_member_id = :id")
                .param("id", memberId)
                .query(Integer.class)
                .single();
    }

    void dropRecoveryCodes(long memberId) {
        jdbc.sql("DELETE FROM recovery_code WHERE staff_member_id = :id").param("id", memberId).update();
    }

    private static String recoveryCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String normalize(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
