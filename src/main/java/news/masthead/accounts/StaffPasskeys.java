package news.masthead.accounts;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's API for a staff member's passkeys, as their account page shows them.
 * Adding one takes the browser, through Spring Security's endpoints (see {@code PasskeySignIn}).
 */
@Service
public class StaffPasskeys {

    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final PasskeyStore passkeys;

    StaffPasskeys(PublicKeyCredentialUserEntityRepository userEntities, PasskeyStore passkeys) {
        this.userEntities = userEntities;
        this.passkeys = passkeys;
    }

    /** The member's passkeys, the newest first. */
    @Transactional(readOnly = true)
    public List<Passkey> of(String email) {
        var user = userEntities.findByUsername(StaffMember.normalizeEmail(email));
        if (user == null) {
            return List.of();
        }
        return passkeys.findByUserId(user.getId()).stream()
                .map(record -> new Passkey(record.getCredentialId().toBase64UrlString(),
                        PasskeyStore.label(record.getLabel()), record.getCreated(), record.getLastUsed()))
                .sorted(Comparator.comparing(Passkey::created).reversed())
                .toList();
    }

    /** Removes one of the member's own passkeys; false if they have none by that id. */
    @Transactional
    public boolean remove(String email, String id) {
        Bytes credentialId;
        try {
            credentialId = Bytes.fromBase64(id);
        }
        catch (IllegalArgumentException notAnId) {
            return false;
        }
        var record = passkeys.findByCredentialId(credentialId);
        if (record == null || !passkeys.owner(record).equals(StaffMember.normalizeEmail(email))) {
            return false;
        }
        passkeys.delete(credentialId);
        return true;
    }
}
