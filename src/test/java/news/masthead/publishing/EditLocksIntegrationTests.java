package news.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two people in the editor at once: the second sees who is editing and may take over, a forgotten
 * tab stops counting after two minutes, and a save from an outdated revision is refused instead of
 * burying the newer one. Runs on H2 and PostgreSQL; changes are rolled back.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "masthead.demo.enabled=false")
@Transactional
abstract class EditLocksIntegrationTests {

    private static final String[] AUTHOR = { "ROLE_AUTHOR", "WRITE_DRAFTS", "PUBLISH_OWN" };
    private static final String[] EDITOR = { "ROLE_EDITOR", "WRITE_DRAFTS", "PUBLISH_OWN", "PUBLISH_ANY", "EDIT_ANY" };

    @Autowired
    EditorialWorkflow workflow;
    @Autowired
    EditorialDesk desk;
    @Autowired
    EditLocks locks;
    @Autowired
    ArticleManagement articles;
    @Autowired
    JdbcClient jdbc;

    private Author ann;
    private long id;

    @BeforeEach
    void annIsWritingAStory() {
        articles.addSection("local", "Local", "Council, schools and housing.");
        signIn("ann@example.org", AUTHOR);
        ann = workflow.bylineFor("Ann Writer");
        id = workflow.start(draft("The harbour wall is to be rebuilt."));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theSecondToOpenSeesWhoIsEditingAndMayTakeOver() {
        var mine = locks.claim(id, "Ann Writer");
        assertThat(mine.mine()).isTrue();

        signIn("ed@example.org", EDITOR);
        var theirs = locks.claim(id, "Ed Itor");
        assertThat(theirs.mine()).isFalse();
        assertThat(theirs.holderName()).isEqualTo("Ann Writer");
        assertThat(theirs.since()).isEqualTo(mine.since());
        var blocked = catchThrowableOfType(EditConflict.class,
                () -> workflow.save(id, draft("Ed's version."), desk.open(id).revision(), true));
        assertThat(blocked.problems().get("conflict")).as("his autosave waits")
                .contains("Ann Writer is editing this article");

        assertThat(locks.takeOver(id, "Ed Itor").mine()).isTrue();
        workflow.save(id, draft("Ed's version."), desk.open(id).revision(), true);

        signIn("ann@example.org", AUTHOR);
        var lost = locks.claim(id, "Ann Writer");
        assertThat(lost.mine()).isFalse();
        assertThat(lost.holderName()).isEqualTo("Ed Itor");
        assertThat(catchThrowableOfType(EditConflict.class, () -> workflow.save(id, draft("Ann's version."), 2, true)))
                .as("her autosave stops too").isNotNull();
        assertThat(desk.open(id).draft().body()).isEqualTo("Ed's version.");
    }

    @Test
    void aLeaseNobodyRenewsLapsesAfterTwoMinutes() {
        locks.claim(id, "Ann Writer");
        signIn("ed@example.org", EDITOR);
        renewedAgo(100);
        assertThat(locks.claim(id, "Ed Itor").mine()).as("still Ann's after 100 seconds").isFalse();

        renewedAgo(130);

        var lock = locks.claim(id, "Ed Itor");
        assertThat(lock.mine()).isTrue();
        assertThat(lock.holderName()).isEqualTo("Ed Itor");
        assertThat(lock.since()).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void renewingKeepsTheMomentTheEditingBegan() {
        var first = locks.claim(id, "Ann Writer");
        renewedAgo(90);

        var renewed = locks.claim(id, "Ann Writer");

        assertThat(renewed.since()).isEqualTo(first.since());
        signIn("ed@example.org", EDITOR);
        assertThat(locks.claim(id, "Ed Itor").mine()).as("renewed, so not lapsed").isFalse();
    }

    @Test
    void aSaveFromAnOutdatedRevisionIsRefusedAndThenMayBeMadeDeliberately() {
        int opened = desk.open(id).revision();
        signIn("ed@example.org", EDITOR);
        workflow.save(id, draft("Ed's version."), opened, false);

        signIn("ann@example.org", AUTHOR);
        var conflict = catchThrowableOfType(EditConflict.class,
                () -> workflow.save(id, draft("Ann's version."), opened, false));

        assertThat(conflict.problems().get("conflict")).contains("ed@example.org saved revision 2");
        assertThat(conflict.newest()).isEqualTo(2);
        assertThat(desk.revisions(id)).hasSize(2);
        assertThat(desk.open(id).draft().body()).isEqualTo("Ed's version.");

        int kept = workflow.save(id, draft("Ann's version."), conflict.newest(), false);
        assertThat(kept).isEqualTo(3);
        assertThat(workflow.save(id, draft("Ann's version, longer."), conflict.newest(), true))
                .as("her own saves since are no conflict").isEqualTo(4);
    }

    private void renewedAgo(int seconds) {
        jdbc.sql("UPDATE article_edit_lease SET renewed_at = :at WHERE article_id = :id")
                .param("at", Instant.now().minus(seconds, ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }

    private ArticleDraft draft(String body) {
        return new ArticleDraft("harbour-wall", "Harbour wall to be rebuilt", "The council voted.", body, "local",
                List.of(ann.slug()), List.of(), null, "", "");
    }

    private static void signIn(String email, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email,
                null, AuthorityUtils.createAuthorityList(authorities)));
    }
}
