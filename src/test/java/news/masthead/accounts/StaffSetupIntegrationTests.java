package news.masthead.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The first start: a one-time link, and the administrator it creates. */
@SpringBootTest
@RecordApplicationEvents
class StaffSetupIntegrationTests {

    private static final NewStaffMember ADA = new NewStaffMember("Ada Lovell", "Ada@Example.org",
            "tidal marsh lantern seven");

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        TestDataFolder.register(registry);
    }

    @Autowired
    StaffManagement staff;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void emptySite() {
        jdbc.sql("DELETE FROM staff_member").update();
        jdbc.sql("DELETE FROM setup_token").update();
    }

    @Test
    void aSetupLinkCreatesTheAdministratorOnce() {
        var token = staff.openSetup().value();
        assertThat(staff.hasStaff()).isFalse();
        assertThat(staff.isSetupOpen(token)).isTrue();

        assertThat(staff.completeSetup(token, ADA)).isTrue();

        assertThat(staff.hasStaff()).isTrue();
        assertThat(staff.profile("ada@example.org")).hasValueSatisfying(profile -> {
            assertThat(profile.displayName()).isEqualTo("Ada Lovell");
            assertThat(profile.email()).isEqualTo("ada@example.org");
            assertThat(profile.role()).isEqualTo(Role.ADMINISTRATOR);
        });
        assertThat(events.stream(StaffMemberCreated.class)).singleElement()
                .extracting(StaffMemberCreated::role).isEqualTo(Role.ADMINISTRATOR);
        assertThat(staff.isSetupOpen(token)).isFalse();
        assertThat(staff.completeSetup(token, new NewStaffMember("Mallory", "mallory@example.org",
                "another long passphrase"))).isFalse();
        assertThat(staff.profile("mallory@example.org")).isEmpty();
    }

    @Test
    void usingOneLinkKillsTheOthersPrinted() {
        var first = staff.openSetup().value();
        var second = staff.openSetup().value();
        assertThat(first).isNotEqualTo(second);

        assertThat(staff.completeSetup(second, ADA)).isTrue();

        assertThat(staff.isSetupOpen(first)).isFalse();
        assertThat(staff.completeSetup(first, new NewStaffMember("Mallory", "mallory@example.org",
                "another long passphrase"))).isFalse();
    }

    @Test
    void aLinkIsDeadAfterTwentyFourHours() {
        var start = Clock.fixed(Clock.systemUTC().instant(), ZoneOffset.UTC);
        var token = new SetupTokens(jdbc, start).issue().value();

        var almostADayLater = new SetupTokens(jdbc, Clock.offset(start, Duration.ofHours(24).minusSeconds(1)));
        assertThat(almostADayLater.isValid(token)).isTrue();

        var aDayLater = new SetupTokens(jdbc, Clock.offset(start, Duration.ofHours(24)));
        assertThat(aDayLater.isValid(token)).isFalse();
        assertThat(aDayLater.consume(token)).isFalse();
    }

    @Test
    void onlyAHashOfTheTokenIsStored() {
        var token = staff.openSetup().value();

        var stored = jdbc.sql("SELECT token_hash FROM setup_token").query(String.class).list();
        assertThat(stored).singleElement().asString().hasSize(64).doesNotContain(token);
    }

    @Test
    void aWeakPasswordIsRefusedAndTheLinkStillWorks() {
        var token = staff.openSetup().value();

        assertThatIllegalArgumentException().isThrownBy(() -> staff.completeSetup(token,
                new NewStaffMember("Ada", "ada@example.org", "password123456")));

        assertThat(staff.hasStaff()).isFalse();
        assertThat(staff.isSetupOpen(token)).isTrue();
    }

    @Test
    void unknownAndMadeUpTokensOpenNothing() {
        staff.openSetup();

        assertThat(staff.isSetupOpen("")).isFalse();
        assertThat(staff.isSetupOpen("not-a-token")).isFalse();
        assertThat(staff.completeSetup("not-a-token", ADA)).isFalse();
        assertThat(staff.hasStaff()).isFalse();
    }

    @Test
    void signInFindsStaffByAddressInAnyCaseWithAHashedPassword() {
        staff.join(ADA, Role.MODERATOR);

        var user = users.loadUserByUsername("  ADA@example.ORG ");
        assertThat(user.getUsername()).isEqualTo("ada@example.org");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactlyInAnyOrder("ROLE_MODERATOR", "MODERATE_COMMENTS");
        assertThat(user.getPassword()).startsWith("{bcrypt}").doesNotContain(ADA.password());
        assertThat(encoder.matches(ADA.password(), user.getPassword())).isTrue();
        assertThat(encoder.matches("tidal marsh lantern eight", user.getPassword())).isFalse();
        assertThatExceptionOfType(UsernameNotFoundException.class)
                .isThrownBy(() -> users.loadUserByUsername("nobody@example.org"));
    }
}
