package news.masthead.accounts;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts module's API: who is on the staff, and how a new site gets its first
 * administrator. There is no default password: until someone holds a setup link printed by the
 * server, nobody can sign in.
 */
@Service
public class StaffManagement {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final StaffMemberRepository members;
    private final SetupTokens setupTokens;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final Clock clock;

    StaffManagement(StaffMemberRepository members, SetupTokens setupTokens, PasswordPolicy passwords,
            PasswordEncoder encoder, Clock clock) {
        this.members = members;
        this.setupTokens = setupTokens;
        this.passwords = passwords;
        this.encoder = encoder;
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
}
