package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Immediate alerts are queued in the transaction that stores the comment, so they commit with it and
 * a comment costs no row in the event publication registry. Not transactional itself: the alert is
 * made just before a commit.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class ModeratorAlertsIntegrationTests {

    private static final long ARTICLE = 62;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws IOException {
        var folder = Files.createTempDirectory("masthead-alerts-");
        folder.toFile().deleteOnExit();
        registry.add("masthead.data-dir", folder::toString);
        registry.add("management.server.port", () -> "0");
    }

    @Autowired
    CommentManagement comments;
    @Autowired
    ModeratorAlerts alerts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM comment_alert").update();
        jdbc.sql("DELETE FROM outgoing_mail WHERE purpose = 'comment-alert'").update();
        jdbc.sql("DELETE FROM comment WHERE article_id = :article").param("article", ARTICLE).update();
    }

    @Test
    void aCommentWaitingForModerationAlertsStaffAsItIsStored() {
        alerts.save(new AlertPreference("mo@example.org", "Mo", false, false));

        var submitted = comments.submit(ARTICLE, new CommentForm("Is the ferry running tomorrow?", "Pat Lenning",
                "pat@example.net", ""), "203.0.113.9", "Browser");

        assertThat(submitted.published()).isFalse();
        assertThat(jdbc.sql("SELECT text_body FROM outgoing_mail WHERE recipient = 'mo@example.org'"
                + " AND purpose = 'comment-alert'").query(String.class).single())
                .contains("Is the ferry running tomorrow?", "/admin/comments/" + submitted.id())
                .doesNotContain("pat@example.net");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%CommentSubmitted'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void staffWhoAskedForADigestGetNoImmediateAlert() {
        alerts.save(new AlertPreference("di@example.org", "Di", false, true));

        comments.submit(ARTICLE, new CommentForm("Quiet night at the harbour.", "Pat Lenning", "pat@example.net", ""),
                "203.0.113.9", "Browser");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE purpose = 'comment-alert'").query(Integer.class)
                .single()).isZero();
    }
}
