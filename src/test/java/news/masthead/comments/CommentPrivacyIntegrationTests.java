package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the site keeps on commenters and lets go of: old network addresses, a commenter's data on
 * request, erasure, and staff alerts that never pass a commenter's address on.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Transactional
class CommentPrivacyIntegrationTests {

    private static final long ARTICLE = 61;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws IOException {
        var folder = Files.createTempDirectory("masthead-comments-");
        folder.toFile().deleteOnExit();
        registry.add("masthead.data-dir", folder::toString);
        registry.add("management.server.port", () -> "0");
    }

    @Autowired
    CommentManagement comments;
    @Autowired
    CommenterPrivacy privacy;
    @Autowired
    ModeratorAlerts alerts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void addressesOlderThanTheRetentionPeriodAreRemovedAndNewerOnesKept() {
        var old = comments.submit(ARTICLE, form("Old", "old@example.net"), "203.0.113.1", "Old browser").id();
        var recent = comments.submit(ARTICLE, form("New", "new@example.net"), "203.0.113.2", "New browser").id();
        jdbc.sql("UPDATE comment SET submitted_at = :at WHERE id = :id")
                .param("at", Instant.now().minus(Duration.ofDays(31)).atOffset(ZoneOffset.UTC))
                .param("id", old).update();

        assertThat(privacy.forgetOldAddresses()).isEqualTo(1);

        assertThat(addressOf(old)).isNull();
        assertThat(addressOf(recent)).isEqualTo("203.0.113.2");
        assertThat(privacy.forgetOldAddresses()).isZero();
    }

    @Test
    void anExportHoldsEveryCommentAndWishOfThatAddressAndNoOneElses() {
        var mine = comments.submit(ARTICLE, new CommentForm("Mine", "Kay", "Kay@Example.net", "", null, true),
                "203.0.113.3", "Browser").id();
        comments.submit(ARTICLE, form("Theirs", "other@example.net"), null, null);
        comments.edit(mine, "Mine, corrected", "Ed");

        var data = privacy.export("kay@example.net");

        assertThat(data.comments()).singleElement().satisfies(held -> {
            assertThat(held.text()).isEqualTo("Mine, corrected");
            assertThat(held.networkAddress()).isEqualTo("203.0.113.3");
        });
        assertThat(data.earlierTexts()).singleElement().satisfies(earlier -> assertThat(earlier.text()).isEqualTo("Mine"));
        assertThat(data.replySubscriptions()).singleElement().satisfies(wish -> assertThat(wish.confirmed()).isFalse());
    }

    @Test
    void erasingRemovesCommentsButKeepsAPlaceholderWhereOthersReplied(AssertablePublishedEvents events) {
        var answered = comments.importComment(ARTICLE, form("Answered", "gone@example.net"), Instant.now(), true);
        var alone = comments.importComment(ARTICLE, form("Alone", "gone@example.net"), Instant.now(), true);
        comments.replyAsStaff(answered, "A reply", "Desk", "desk@example.org");

        assertThat(privacy.erase("GONE@example.net", true)).isEqualTo(2);

        assertThat(privacy.export("gone@example.net").comments()).isEmpty();
        assertThat(jdbc.sql("SELECT body FROM comment WHERE id = :id").param("id", answered).query(String.class)
                .single()).isEqualTo(Comment.WITHDRAWN);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM comment WHERE id = :id").param("id", alone).query(Long.class)
                .single()).isZero();
        assertThat(events.ofType(CommenterErased.class)).containsExactly(new CommenterErased(java.util.List.of(ARTICLE)));
    }

    @Test
    void staffHearOfWaitingCommentsAtOnceOrInADigestWithoutTheCommentersAddress() {
        alerts.save(new AlertPreference("mo@example.org", "Mo", false, false));
        alerts.save(new AlertPreference("di@example.org", "Di", false, true));
        jdbc.sql("UPDATE comment_alert SET last_sent_at = :at WHERE staff_email = 'di@example.org'")
                .param("at", Instant.now().minus(Duration.ofDays(2)).atOffset(ZoneOffset.UTC)).update();
        var waiting = comments.importComment(ARTICLE, form("Is the ferry running?", "secret@example.net"),
                Instant.now(), false);

        alerts.alert(waiting);
        assertThat(alerts.sendDueDigests()).isEqualTo(1);
        assertThat(alerts.sendDueDigests()).isZero();

        var immediate = mail("mo@example.org", "comment-alert");
        var digest = mail("di@example.org", "comment-digest");
        assertThat(immediate).contains("Is the ferry running?", "/admin/comments/" + waiting)
                .doesNotContain("secret@example.net");
        assertThat(digest).contains("Is the ferry running?").doesNotContain("secret@example.net");
    }

    private String mail(String to, String purpose) {
        return jdbc.sql("SELECT text_body FROM outgoing_mail WHERE recipient = :to AND purpose = :purpose")
                .param("to", to).param("purpose", purpose).query(String.class).single();
    }

    private @org.jspecify.annotations.Nullable String addressOf(long id) {
        return jdbc.sql("SELECT address FROM comment WHERE id = :id").param("id", id).query(String.class).optional()
                .orElse(null);
    }

    private static CommentForm form(String text, String email) {
        return new CommentForm(text, "Pat Lenning", email, "");
    }
}
