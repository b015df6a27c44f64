package news.masthead.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.audit.AuditLog;
import news.masthead.mail.OutgoingMail;
import news.masthead.mail.Postbox;

/**
 * The accounts module's API for who is on the staff: the first administrator, invitations, roles,
 * deactivation and lock-outs. There is no default password: until someone holds a setup link
 * printed by the server, nobody can sign in. Every change here is written to the audit log.
 */
@Service
public class StaffManagement {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    static final String INVITATION = "staff-invitation";

    private final StaffMemberRepository members;
    private final SetupTokens setupTokens;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final SignedLinks links;
    private final StaffSessions sessions;
    private final SignInThrottle throttle;
    private final Postbox postbox;
    private final AuditLog audit;
    private final AccountsSettings settings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffManagement(StaffMemberRepository members, SetupTokens setupTokens, PasswordPolicy passwords,
            PasswordEncoder encoder, SignedLinks links, StaffSessions sessions, SignInThrottle throttle,
            Postbox postbox, AuditLog audit, AccountsSettings settings, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.setupTokens = setupTokens;
        this.passwords = passwords;
        this.encoder = encoder;
        this.links = links;
        this.sessions = sessions;
        this.throttle = throttle;
        this.postbox = postbox;
        this.audit = audit;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasStaff() {
        return members.count() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<StaffProfile> profile(String email) {
        return members.findByEmail(StaffMember.normalizeEmail(email)).map(StaffMember::profile);
    }

    @Transactional(readOnly = true)
    public List<StaffProfile> all() {
        return members.findAllByOrderByDisplayNameAsc().stream().map(StaffMember::profile).toList();
    }

    /** Why this password will not do for this person, or empty if it is acceptable. */
    public Optional<String> passwordProblem(String password, String email, String displayName) {
        return passwords.problem(password, email, displayName);
    }

    /** Whether this setup link still works: it is live, unused, and the site still has no staff. */
    @Transactional(readOnly = true)
    public boolean isSetupOpen(String token) {
        return setupTokens.isValid(token) && !hasStaff();
    }

    /**
     * Makes the first administrator with a setup token, which is then used up, as is every other
     * link printed so far. False if the token was not live or the site already has staff.
     *
     * @throws IllegalArgumentException if the password breaks the rules, which callers check first
     */
    @Transactional
    public boolean completeSetup(String token, NewStaffMember administrator) {
        if (!setupTokens.consume(token)) {
            return false;
        }
        setupTokens.revokeAll();
        if (hasStaff()) {
            return false;
        }
        join(administrator, Role.ADMINISTRATOR);
        audit.recordAs(StaffMember.normalizeEmail(administrator.email()), "staff.set-up", administrator.email(),
                "First administrator");
        return true;
    }

    /** A fresh setup link for a site with no staff yet; each node that starts such a site prints one. */
    @Transactional
    SetupToken openSetup() {
        return setupTokens.issue();
    }

    @Transactional
    long join(NewStaffMember member, Role role) {
        passwords.problem(member.password(), member.email(), member.displayName()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        var joined = StaffMember.join(member.email(), member.displayName(), encoder.encode(member.password()), role,
                clock.instant());
        return members.save(joined).id();
    }

    /**
     * E-mails a signed link that lets its holder join in the given role. The caller has checked
     * that the address is not on the staff already.
     *
     * @param linkBase the admin's address as the invitee will reach it, such as {@code https://news.example}
     */
    @Transactional
    public void invite(String email, Role role, String linkBase) {
        var address = StaffMember.normalizeEmail(email);
        var token = links.issue(INVITATION, settings.invitationLifetime(), address, role.name());
        var link = linkBase + "/admin/join?token=" + token;
        postbox.send(OutgoingMail.of(address, "You are invited to the newsroom", """
                You have been invited to join the newsroom as %s.

                Choose your password and sign in here:
                %s

                The link works for %d hours. If you did not expect it, ignore this message.
                """.formatted(role.label().toLowerCase(Locale.ROOT), link,
                settings.invitationLifetime().toHours()), "invitation"));
        audit.record("staff.invited", address, role.label());
        events.publishEvent(new StaffMemberInvited(address, role));
    }

    /** What a live invitation link offers, if it is live and its address has not joined yet. */
    @Transactional(readOnly = true)
    public Optional<StaffInvitation> invitation(String token) {
        return links.open(INVITATION, token)
                .filter(fields -> fields.size() == 2)
                .map(fields -> new StaffInvitation(fields.get(0), Role.valueOf(fields.get(1))))
                .filter(invitation -> members.findByEmail(invitation.email()).isEmpty());
    }

    /**
     * Creates the invited account; false if the link is no longer good (joining uses it up).
     *
     * @throws IllegalArgumentException if the password breaks the rules, which callers check first
     */
    @Transactional
    public boolean acceptInvitation(String token, String displayName, String password) {
        var invitation = invitation(token);
        if (invitation.isEmpty()) {
            return false;
        }
        var email = invitation.get().email();
        join(new NewStaffMember(displayName, email, password), invitation.get().role());
        audit.recordAs(email, "staff.joined", email, invitation.get().role().label());
        return true;
    }

    /** Gives someone another role and ends their sessions, so the new role applies at once. */
    @Transactional
    public StaffChange changeRole(long id, Role role) {
        return change(id, member -> {
            if (member.role() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR && isLastAdministrator(member)) {
                return StaffChange.LAST_ADMINISTRATOR;
            }
            var before = member.role();
            member.changeRole(role);
            if (before != role) {
                audit.record("staff.role-changed", member.email(), before.label() + " to " + role.label());
                sessions.endAll(member.email());
            }
            return StaffChange.DONE;
        });
    }

    @Transactional
    public StaffChange deactivate(long id) {
        return change(id, member -> {
            if (member.role() == Role.ADMINISTRATOR && isLastAdministrator(member)) {
                return StaffChange.LAST_ADMINISTRATOR;
            }
            member.deactivate();
            audit.record("staff.deactivated", member.email(), null);
            sessions.endAll(member.email());
            return StaffChange.DONE;
        });
    }

    @Transactional
    public StaffChange reactivate(long id) {
        return change(id, member -> {
            member.reactivate();
            audit.record("staff.reactivated", member.email(), null);
            return StaffChange.DONE;
        });
    }

    /** Lets a locked-out staff member try again, with a clean slate of failures. */
    @Transactional
    public StaffChange liftLockOut(long id) {
        return change(id, member -> {
            member.unlock();
            throttle.forget(member.email());
            audit.record("staff.lock-out-lifted", member.email(), null);
            return StaffChange.DONE;
        });
    }

    @Transactional(readOnly = true)
    public boolean twoFactorRequired() {
        return jdbc.sql("SELECT two_factor_required FROM staff_policy WHERE id = 1").query(Boolean.class).single();
    }

    @Transactional
    public void requireTwoFactor(boolean required) {
        if (required != twoFactorRequired()) {
            jdbc.sql("UPDATE staff_policy SET two_factor_required = :required WHERE id = 1")
                    .param("required", required)
                    .update();
            audit.record("staff.two-factor-policy", "all staff", required ? "Required" : "Optional");
        }
    }

    private StaffChange change(long id, Function<StaffMember, StaffChange> action) {
        var member = members.findById(id);
        if (member.isEmpty()) {
            return StaffChange.NOT_FOUND;
        }
        var outcome = action.apply(member.get());
        if (outcome == StaffChange.DONE) {
            members.save(member.get());
        }
        return outcome;
    }

    private boolean isLastAdministrator(StaffMember member) {
        return members.findAll().stream()
                .filter(other -> other.active() && other.role() == Role.ADMINISTRATOR)
                .allMatch(other -> other.id() == member.id());
    }
}
