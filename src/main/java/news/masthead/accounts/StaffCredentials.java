package news.masthead.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.audit.AuditLog;
import news.masthead.mail.OutgoingMail;
import news.masthead.mail.Postbox;
import news.masthead.signing.Signatures;

/**
 * The accounts module's API for a staff member's own ways in: their password (changed, or reset by
 * an e-mailed link), their authenticator app and recovery codes, and their sessions.
 */
@Service
public class StaffCredentials {

    static final String RESET = "staff-password-reset";
    private static final Logger log = LoggerFactory.getLogger(StaffCredentials.class);
    private static final String ENROLMENT = "staff-totp-enrolment";

    private final StaffMemberRepository members;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final SignedLinks links;
    private final Signatures signatures;
    private final TwoFactor twoFactor;
    private final TotpSecrets secrets;
    private final StaffSessions sessions;
    private final Postbox postbox;
    private final AuditLog audit;
    private final AccountsSettings settings;
    private final Clock clock;

    StaffCredentials(StaffMemberRepository members, PasswordPolicy passwords, PasswordEncoder encoder,
            SignedLinks links, Signatures signatures, TwoFactor twoFactor, TotpSecrets secrets, StaffSessions sessions,
            Postbox postbox, AuditLog audit, AccountsSettings settings, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.encoder = encoder;
        this.links = links;
        this.signatures = signatures;
        this.twoFactor = twoFactor;
        this.secrets = secrets;
        this.sessions = sessions;
        this.postbox = postbox;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Why the new password will not do, or empty once it has replaced the current one. */
    @Transactional
    public Optional<String> changePassword(String email, String current, String replacement) {
        var member = find(email);
        if (member == null || !encoder.matches(current, member.passwordHash())) {
            return Optional.of("That is not your current password.");
        }
        var problem = passwords.problem(replacement, member.email(), member.displayName());
        if (problem.isPresent()) {
            return problem;
        }
        member.changePassword(encoder.encode(replacement));
        members.save(member);
        audit.record("password.changed", member.email(), null);
        return Optional.empty();
    }

    /**
     * E-mails a reset link if the address belongs to an active staff member, and says nothing
     * either way, so the form cannot be used to find out who works here. The link dies when the
     * password changes, so it works once.
     */
    @Transactional
    public void sendPasswordReset(String email, String linkBase) {
        var member = find(email);
        audit.recordAs(StaffMember.normalizeEmail(email), "password.reset-requested", StaffMember.normalizeEmail(email),
                member == null || !member.active() ? "No active account" : null);
        if (member == null || !member.active()) {
            return;
        }
        var token = links.issue(RESET, settings.resetLifetime(), member.email(), fingerprint(member));
        postbox.send(OutgoingMail.of(member.email(), "Reset your newsroom password", """
                Someone asked to reset the password of your newsroom account.

                Choose a new password here:
                %s/admin/password/reset?token=%s

                The link works once, for %d minutes. If it was not you, ignore this message: your password
                stays as it is.
                """.formatted(linkBase, token, settings.resetLifetime().toMinutes()), "password-reset"));
    }

    /** The address a live reset link is for. */
    @Transactional(readOnly = true)
    public Optional<String> passwordResetFor(String token) {
        return links.open(RESET, token)
                .filter(fields -> fields.size() == 2)
                .flatMap(fields -> members.findByEmail(fields.get(0))
                        .filter(member -> member.active() && fingerprint(member).equals(fields.get(1))))
                .map(StaffMember::email);
    }

    /** Sets the new password from a live reset link and ends every session; false if the link is dead. */
    @Transactional
    public boolean resetPassword(String token, String replacement) {
        var email = passwordResetFor(token);
        if (email.isEmpty()) {
            return false;
        }
        var member = members.findByEmail(email.get()).orElseThrow();
        passwords.problem(replacement, member.email(), member.displayName()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        member.changePassword(encoder.encode(replacement));
        members.save(member);
        sessions.endAll(member.email());
        audit.recordAs(member.email(), "password.reset", member.email(), null);
        return true;
    }

    /** A new secret to scan, signed for this person so the page can hold it until the first code. */
    public TwoFactorEnrolment startEnrolment(String email) {
        var secret = twoFactor.newSecret();
        var address = StaffMember.normalizeEmail(email);
        return twoFactor.enrolment(address, secret, signatures.sign(ENROLMENT, address + "\n" + secret));
    }

    /** The same offer again (after a mistyped code), if it is genuine. */
    public Optional<TwoFactorEnrolment> resumeEnrolment(String email, String secret, String signature) {
        var address = StaffMember.normalizeEmail(email);
        return signatures.verify(ENROLMENT, address + "\n" + secret, signature)
                ? Optional.of(twoFactor.enrolment(address, secret, signature))
                : Optional.empty();
    }

    /** Turns on two-factor sign-in once the app's first code matches; returns the recovery codes. */
    @Transactional
    public Optional<List<String>> enrolTwoFactor(String email, String secret, String signature, String code) {
        var member = find(email);
        if (member == null || resumeEnrolment(email, secret, signature).isEmpty() || !twoFactor.matches(secret, code)) {
            return Optional.empty();
        }
        member.enrolTwoFactor(secrets.seal(secret));
        members.save(member);
        audit.recordAs(member.email(), "two-factor.enrolled", member.email(), null);
        return Optional.of(twoFactor.newRecoveryCodes(member.id()));
    }

    @Transactional
    public boolean removeTwoFactor(String email, String code) {
        var member = find(email);
        if (member == null || !member.usesTwoFactor() || !secondFactorMatches(member, code)) {
            return false;
        }
        member.dropTwoFactor();
        members.save(member);
        twoFactor.dropRecoveryCodes(member.id());
        audit.record("two-factor.removed", member.email(), null);
        return true;
    }

    @Transactional
    public List<String> newRecoveryCodes(String email) {
        var member = find(email);
        if (member == null || !member.usesTwoFactor()) {
            return List.of();
        }
        audit.record("two-factor.recovery-codes-replaced", member.email(), null);
        return twoFactor.newRecoveryCodes(member.id());
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(String email) {
        var member = find(email);
        return member == null ? 0 : twoFactor.recoveryCodesLeft(member.id());
    }

    /**
     * The second step of signing in: a code from the app, each good once, or one of the recovery
     * codes (used up).
     */
    @Transactional
    public boolean verifySecondFactor(String email, String code) {
        var member = find(email);
        if (member == null || !member.usesTwoFactor()) {
            return false;
        }
        var secret = secret(member);
        var step = secret == null ? OptionalLong.empty() : twoFactor.step(secret, code, clock.instant());
        if (step.isPresent()) {
            var fresh = member.useTotpStep(step.getAsLong());
            members.save(member);
            return fresh;
        }
        return usedRecoveryCode(member, code);
    }

    /** Ends every session of this staff member, on every node, this one included. */
    @Transactional
    public int signOutEverywhere(String email) {
        audit.record("sessions.ended", StaffMember.normalizeEmail(email), "Signed out everywhere");
        return sessions.endAll(StaffMember.normalizeEmail(email));
    }

    private boolean secondFactorMatches(StaffMember member, String code) {
        var secret = secret(member);
        return secret != null && twoFactor.matches(secret, code) || usedRecoveryCode(member, code);
    }

    private boolean usedRecoveryCode(StaffMember member, String code) {
        if (twoFactor.useRecoveryCode(member.id(), code)) {
            audit.recordAs(member.email(), "two-factor.recovery-code-used", member.email(),
                    twoFactor.recoveryCodesLeft(member.id()) + " left");
            return true;
        }
        return false;
    }

    /**
     * The member's authenticator secret in the clear. None if it cannot be decrypted (the site's
     * key changed): then only a recovery code gets them in, and they set up their app again.
     */
    private @Nullable String secret(StaffMember member) {
        var stored = member.totpSecret();
        if (stored == null) {
            return null;
        }
        try {
            return secrets.open(stored);
        }
        catch (IllegalStateException | IllegalArgumentException unreadable) {
            log.warn("The authenticator secret of {} cannot be decrypted; did MASTHEAD_SECRET change?",
                    member.email());
            return null;
        }
    }

    private @Nullable StaffMember find(String email) {
        return members.findByEmail(StaffMember.normalizeEmail(email)).orElse(null);
    }

    /** Changes whenever the password does, which is what makes a reset link single-use. */
    private String fingerprint(StaffMember member) {
        return signatures.sign(RESET + "-state", member.passwordHash()).substring(0, 16);
    }
}
