package news.masthead.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import news.masthead.signing.Signatures;

/**
 * Keeps authenticator secrets encrypted in the database (AES-256-GCM), so that a copy of the staff
 * table, a backup or a log of queries does not hand out everyone's second factor. The key is derived
 * from the site's signing key ({@code MASTHEAD_SECRET}, or the one kept in the database), so every
 * node has it and nothing new needs configuring; changing {@code MASTHEAD_SECRET} therefore means
 * staff set up their app again. Secrets stored in the clear before this are read as they are and
 * encrypted when a node starts.
 */
@Component
class TotpSecrets {

    private static final String SEALED = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] CONTEXT = "staff_member.totp_secret".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Signatures signatures;
    private final JdbcClient jdbc;
    private volatile @Nullable SecretKey key;

    TotpSecrets(Signatures signatures, JdbcClient jdbc) {
        this.signatures = signatures;
        this.jdbc = jdbc;
    }

    /** The secret as it is stored: {@code v1:} and the nonce, ciphertext and tag in Base64. */
    String seal(String secret) {
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        var sealed = crypt(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.US_ASCII));
        var stored = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
        return SEALED + Base64.getEncoder().encodeToString(stored);
    }

    /**
     * The secret from its stored form; a secret from before encryption is returned as it is.
     *
     * @throws IllegalStateException if it was sealed with another key or altered since
     */
    String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        var bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
        var nonce = new byte[NONCE_BYTES];
        System.arraycopy(bytes, 0, nonce, 0, NONCE_BYTES);
        var sealed = new byte[bytes.length - NONCE_BYTES];
        System.arraycopy(bytes, NONCE_BYTES, sealed, 0, sealed.length);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, sealed), StandardCharsets.US_ASCII);
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(SEALED);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        sealStoredInTheClear();
    }

    /** Encrypts any secret still stored in the clear; returns how many. Each node does it on start, harmlessly. */
    int sealStoredInTheClear() {
        record Clear(long id, String totpSecret) {
        }
        var clear = jdbc.sql("SELECT id, totp_secret FROM staff_member WHERE totp_secret IS NOT NULL"
                + " AND totp_secret NOT LIKE 'v1:%'").query(Clear.class).list();
        var sealed = 0;
        for (var row : clear) {
            sealed += jdbc.sql("UPDATE staff_member SET totp_secret = :sealed WHERE id = :id AND totp_secret = :clear")
                    .param("sealed", seal(row.totpSecret()))
                    .param("id", row.id())
                    .param("clear", row.totpSecret())
                    .update();
        }
        return sealed;
    }

    private byte[] crypt(int mode, byte[] nonce, byte[] input) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(CONTEXT);
            return cipher.doFinal(input);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("An authenticator secret could not be "
                    + (mode == Cipher.ENCRYPT_MODE ? "encrypted" : "decrypted, or was altered"), e);
        }
    }

    /** HMAC-SHA256 of a fixed label under the signing key: 32 bytes, of use for nothing else. */
    private SecretKey key() {
        var current = key;
        if (current == null) {
            current = new SecretKeySpec(Base64.getUrlDecoder().decode(signatures.sign("totp-secret-encryption",
                    "AES-256-GCM key, version 1")), "AES");
            key = current;
        }
        return current;
    }
}
