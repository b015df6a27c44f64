package news.masthead.accounts;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.audit.AuditLog;

/**
 * Staff passkeys in the database, through Spring Security's JDBC store, so that every node knows
 * every passkey. A passkey arriving for the first time is audited as added (with its label tidied
 * up, and last used when it was added), a deleted one as removed; a later save is a sign-in
 * moving its counter and last-used time.
 */
@Component
class PasskeyStore implements UserCredentialRepository {

    static final String UNLABELLED = "Passkey";

    private final JdbcUserCredentialRepository credentials;
    private final PublicKeyCredentialUserEntityRepository userEntities;
    private final AuditLog audit;

    PasskeyStore(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository userEntities, AuditLog audit) {
        this.credentials = new JdbcUserCredentialRepository(jdbc);
        this.userEntities = userEntities;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void save(CredentialRecord record) {
        if (credentials.findByCredentialId(record.getCredentialId()) != null) {
            credentials.save(record);
            return;
        }
        // Last used when added, to the instant, so that the account page can tell "not used yet".
        var labelled = ImmutableCredentialRecord.fromCredentialRecord(record)
                .label(label(record.getLabel()))
                .lastUsed(record.getCreated())
                .build();
        credentials.save(labelled);
        audit.record("passkey.added", owner(labelled), labelled.getLabel());
    }

    @Override
    @Transactional
    public void delete(Bytes credentialId) {
        var record = credentials.findByCredentialId(credentialId);
        if (record != null) {
            credentials.delete(credentialId);
            audit.record("passkey.removed", owner(record), record.getLabel());
        }
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return credentials.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return credentials.findByUserId(userId);
    }

    /** Whose passkey this is: the e-mail address its user handle was made for. */
    String owner(CredentialRecord record) {
        var user = userEntities.findById(record.getUserEntityUserId());
        return user == null ? "" : user.getName();
    }

    /** One line of ordinary text, short enough for a table cell, and never empty. */
    static String label(@Nullable String typed) {
        var label = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
        if (label.isEmpty()) {
            return UNLABELLED;
        }
        return label.codePointCount(0, label.length()) <= Passkey.LABEL_LENGTH ? label
                : label.substring(0, label.offsetByCodePoints(0, Passkey.LABEL_LENGTH));
    }
}
