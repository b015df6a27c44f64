package news.masthead.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.relational.core.mapping.Table;

/** A person who may sign in to the newsroom admin. The password is only ever held hashed. */
@Table("staff_member")
class StaffMember {

    @Id
    private @Nullable Long id;
    private String email;
    private String displayName;
    private String passwordHash;
    private Role role;
    private Instant createdAt;
    private boolean active;
    private @Nullable Instant lockedAt;
    private @Nullable String totpSecret;
    private @Nullable Long totpLastStep;
    @Version
    private int version;
    /** Built when published, after the insert, so that they carry the new id. */
    @Transient
    private final List<Supplier<Object>> events = new ArrayList<>();

    @PersistenceCreator
    private StaffMember() {
        this.email = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.CONTRIBUTOR;
        this.createdAt = Instant.EPOCH;
        this.active = true;
    }

    static StaffMember join(String email, String displayName, String passwordHash, Role role, Instant at) {
        var member = new StaffMember();
        member.email = normalizeEmail(email);
        member.displayName = displayName.strip();
        member.passwordHash = passwordHash;
        member.role = role;
        member.createdAt = at;
        member.events.add(() -> new StaffMemberCreated(member.id(), role));
        return member;
    }

    /** Addresses are compared without regard to case or surrounding spaces. */
    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("The staff member has not been saved yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    String displayName() {
        return displayName;
    }

    boolean active() {
        return active;
    }

    boolean locked() {
        return lockedAt != null;
    }

    @Nullable
    String totpSecret() {
        return totpSecret;
    }

    boolean usesTwoFactor() {
        return totpSecret != null;
    }

    StaffProfile profile() {
        return new StaffProfile(id(), email, displayName, role, active, locked(), usesTwoFactor());
    }

    void changeRole(Role newRole) {
        if (newRole != role) {
            var before = role;
            role = newRole;
            events.add(() -> new StaffRoleChanged(id(), before, newRole));
        }
    }

    void deactivate() {
        if (active) {
            active = false;
            events.add(() -> new StaffMemberDeactivated(id()));
        }
    }

    void reactivate() {
        active = true;
    }

    /** Too many failed sign-ins: nobody signs in as this person until an administrator lifts it. */
    void lock(Instant at) {
        if (lockedAt == null) {
            lockedAt = at;
        }
    }

    void unlock() {
        lockedAt = null;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
    }

    void enrolTwoFactor(String secret) {
        totpSecret = secret;
    }

    void dropTwoFactor() {
        totpSecret = null;
        totpLastStep = null;
    }

    /** Accepts a code's time step only if it is later than the last one used, so no code works twice. */
    boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    @DomainEvents
    List<Object> domainEvents() {
        return events.stream().map(Supplier::get).toList();
    }

    @AfterDomainEventPublication
    void clearEvents() {
        events.clear();
    }
}
