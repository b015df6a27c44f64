package news.masthead.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import news.masthead.OnH2;

/** Entries name whoever is signed in, and an action that rolls back leaves none. */
@OnH2
@ApplicationModuleTest
@TestPropertySource(properties = "masthead.demo.enabled=false")
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEntryNamesTheSignedInStaffMember() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "ada@example.org", null, List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));

        audit.record("article.published", "article 12", "“Ferry returns”");

        assertThat(audit.recent("ada@example.org", "article.", 5)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("article.published");
            assertThat(entry.subject()).isEqualTo("article 12");
            assertThat(entry.detail()).isEqualTo("“Ferry returns”");
        });
    }

    @Test
    void withNobodySignedInTheSystemActs() {
        audit.record("article.went-live", "article 13", null);

        assertThat(audit.recent(AuditLog.SYSTEM, null, 5)).extracting(AuditEntry::action)
                .contains("article.went-live");
    }

    @Test
    void aRolledBackActionLeavesNoEntryButAFailureRecordedAloneStays() {
        transactions.executeWithoutResult(status -> {
            audit.recordAs("mallory@example.org", "setting.changed", "site title", null);
            audit.recordAlone("mallory@example.org", "sign-in.failed", "mallory@example.org", "wrong password");
            status.setRollbackOnly();
        });

        assertThat(audit.recent("mallory@example.org", null, 5)).extracting(AuditEntry::action)
                .containsExactly("sign-in.failed");
    }
}
