package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentManagement;

/**
 * Screening with its database: form tokens, flood control, repeats, history, rules and learning from
 * moderators. Times are given with each arrival, so nothing waits. Runs on H2 and PostgreSQL.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"masthead.demo.enabled=false", "masthead.moderation.refresh-every=0s"})
abstract class ScreeningIntegrationTests {

    private static final String HAM = "The footbridge was shut again this morning; will the council say when the repairs start?";

    @Autowired
    ModerationManagement moderation;

    @Autowired
    FormGuards guards;

    @Autowired
    CommentManagement comments;

    @Autowired
    ModelStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void defaultRules() {
        moderation.updateRules(ModerationRules.DEFAULTS);
    }

    @Test
    void aTokenFromThePageSentAfterAWhileCountsNothingAndOneSentAtOnceCountsAsTooFast() {
        var shown = Instant.now();
        var token = guards.guard("article-7").token();

        var patient = moderation.screen(arrival("article-7", HAM, newEmail(), newAddress(), token, shown.plusSeconds(20)));
        var hasty = moderation.screen(arrival("article-7", HAM + " Twice.", newEmail(), newAddress(), token,
                shown.plusMillis(900)));

        assertThat(reason(patient, "form token")).isNull();
        assertThat(reason(hasty, "form token").text()).contains("faster than anyone types");
    }

    @Test
    void aFreshTokenIsGoodOnceAndAForgedOrMisplacedOneCounts() {
        var fresh = guards.fresh("article-7").orElseThrow();
        var later = Instant.now().plusSeconds(30);

        var first = moderation.screen(arrival("article-7", HAM + " A", newEmail(), newAddress(), fresh, later));
        var again = moderation.screen(arrival("article-7", HAM + " B", newEmail(), newAddress(), fresh, later));
        var forged = moderation.screen(arrival("article-7", HAM + " C", newEmail(), newAddress(),
                fresh.substring(0, fresh.length() - 2) + "xx", later));
        var elsewhere = moderation.screen(arrival("article-8", HAM + " D", newEmail(), newAddress(), fresh, later));
        var none = moderation.screen(arrival("article-7", HAM + " E", newEmail(), newAddress(), "", later));

        assertThat(reason(first, "form token")).isNull();
        assertThat(reason(again, "form token").text()).contains("already used");
        assertThat(reason(forged, "form token").text()).contains("not issued by this site");
        assertThat(reason(elsewhere, "form token").text()).contains("another form");
        assertThat(reason(none, "form token").text()).contains("no form token");
        assertThat(guards.fresh("not a form!")).isEmpty();
    }

    @Test
    void aTokenIsSpentWithTheCommentsTransactionSoOneRolledBackLeavesItUnspent() {
        var fresh = guards.fresh("article-9").orElseThrow();
        var later = Instant.now().plusSeconds(30);

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            var first = moderation.screen(arrival("article-9", HAM + " F", newEmail(), newAddress(), fresh, later));
            assertThat(reason(first, "form token")).isNull();
            status.setRollbackOnly();
        });
        var resent = moderation.screen(arrival("article-9", HAM + " G", newEmail(), newAddress(), fresh, later));
        var again = moderation.screen(arrival("article-9", HAM + " H", newEmail(), newAddress(), fresh, later));

        assertThat(reason(resent, "form token")).isNull();
        assertThat(reason(again, "form token").text()).contains("already used");
    }

    @Test
    void aSecondSubmissionWithinTheWindowIsRefusedByAddressAndByEmail() {
        var address = newAddress();
        var email = newEmail();
        var at = Instant.now().plusSeconds(20);
        moderation.screen(arrival("article-7", HAM + " 1", email, address, "", at));

        assertThatThrownBy(() -> moderation.screen(arrival("article-7", HAM + " 2", newEmail(), address, "",
                at.plusSeconds(5)))).isInstanceOfSatisfying(SubmissionRefused.class, e -> {
                    assertThat(e.tooMany()).isTrue();
                    assertThat(e.getMessage()).contains("too quickly");
                });
        assertThatThrownBy(() -> moderation.screen(arrival("article-7", HAM + " 3", email, newAddress(), "",
                at.plusSeconds(5)))).isInstanceOf(SubmissionRefused.class);
        moderation.screen(arrival("article-7", HAM + " 4", email, address, "", at.plusSeconds(16)));
    }

    @Test
    void aSteadyStreamFromOneSenderWithinTheHourCountsAgainstIt() {
        var email = newEmail();
        var at = Instant.now();
        Verdict last = null;
        for (int i = 0; i < 6; i++) {
            last = moderation.screen(arrival("article-" + (20 + i), HAM + " Number " + i + ".", email, newAddress(), "",
                    at.plusSeconds(60L * i)));
        }

        assertThat(reason(last, "rate").text()).contains("5 from this e-mail in the last hour");
        assertThat(reason(last, "rate").score()).isPositive();
    }

    @Test
    void theSameTextFromTheSameSenderIsRefusedAsADuplicate() {
        var email = newEmail();
        var at = Instant.now();
        moderation.screen(arrival("article-7", HAM, email, newAddress(), "", at));

        assertThatThrownBy(() -> moderation.screen(arrival("article-7", HAM, email, newAddress(), "",
                at.plus(Duration.ofMinutes(5))))).isInstanceOfSatisfying(SubmissionRefused.class, e -> {
                    assertThat(e.tooMany()).isFalse();
                    assertThat(e.getMessage()).contains("already sent this");
                });
    }

    @Test
    void nearlyTheSameTextFromOthersAcrossTheSiteCountsAsACampaign() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var text = "Really valuable content on this site " + tag + ", I shared it with all of my friends and family today."
                + " Keep writing posts like this one, it is rare to find such honest and useful writing on the web.";
        var at = Instant.now();
        moderation.screen(arrival("article-1", text, newEmail(), newAddress(), "", at));
        moderation.screen(arrival("article-2", text.replace("today", "tonight"), newEmail(), newAddress(), "", at));

        var third = moderation.screen(arrival("article-3", text.replace("family", "family,"), newEmail(), newAddress(),
                "", at));

        assertThat(reason(third, "repeated text").text()).contains("2 other senders");
    }

    @Test
    void aLargeCampaignIsCountedUpToAFewAndScoredInFull() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var text = "Cheap flights to anywhere " + tag + ", book today and save on every trip you take this year."
                + " Thousands of happy travellers already found the best deals of their lives on our site.";
        var at = Instant.now();
        for (int i = 0; i < RepeatedTextCheck.MOST + 3; i++) {
            moderation.screen(arrival("article-" + i, text + " " + i, newEmail(), newAddress(), "", at));
        }

        var next = moderation.screen(arrival("article-9", text, newEmail(), newAddress(), "", at));

        assertThat(reason(next, "repeated text").text()).contains(RepeatedTextCheck.MOST + " or more other senders");
        assertThat(reason(next, "repeated text").score()).isEqualTo(5);
    }

    @Test
    void anotherNodeSeesTheCampaignIncludingARowCommittedAfterALaterOne() throws Exception {
        var otherNode = new RecentTexts(jdbc, Clock.systemUTC());
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var text = "Earn from home " + tag + ": three hours a day and a laptop is all it takes to double your"
                + " salary, as thousands of readers of this paper already found out this month.";
        long hash = Similarity.hash(text);
        var at = Instant.now();
        var since = at.minus(RepeatedTextCheck.WINDOW);
        moderation.screen(arrival("article-1", text, newEmail(), newAddress(), "", at));
        assertThat(otherNode.similarFromOthers(hash, null, since, 10)).isEqualTo(1);

        try (var late = dataSource.getConnection()) {
            late.setAutoCommit(false);
            try (var insert = late.prepareStatement("INSERT INTO screened_submission (form, received_at, body_hash,"
                    + " similarity) VALUES ('article-2', ?, 'late', ?)")) {
                insert.setObject(1, at.atOffset(ZoneOffset.UTC));
                insert.setLong(2, hash);
                insert.executeUpdate();
            }
            moderation.screen(arrival("article-3", text, newEmail(), newAddress(), "", at));
            assertThat(otherNode.similarFromOthers(hash, null, since, 10)).isEqualTo(2);
            late.commit();
        }

        assertThat(otherNode.similarFromOthers(hash, null, since, 10)).isEqualTo(3);
    }

    @Test
    void aFirstCommentWaitsAndACommenterWithApprovedOnesIsTrustedButOneWithSpamIsNot() {
        var email = newEmail();
        var at = Instant.now();
        var first = moderation.screen(arrival("article-7", HAM, email, newAddress(), "", at));
        for (int i = 0; i < 3; i++) {
            moderation.recordCommenter(email, true);
        }
        var trusted = moderation.screen(arrival("article-7", HAM + " Again.", email, newAddress(), "", at.plusSeconds(60)));
        var spammer = newEmail();
        moderation.recordCommenter(spammer, false);
        var known = moderation.screen(arrival("article-7", HAM + " Third.", spammer, newAddress(), "", at));

        assertThat(first.decision()).isEqualTo(Decision.HOLD);
        assertThat(reason(first, "history").text()).contains("first comment");
        assertThat(reason(trusted, "history").text()).contains("trusted");
        assertThat(reason(trusted, "history").score()).isNegative();
        assertThat(reason(known, "history").score()).isPositive();
    }

    @Test
    void savedRulesApplyAtOnce() {
        moderation.updateRules(new ModerationRules(ModerationRules.HoldMode.NONE, 2, 3, List.of("footbridge"),
                List.of()));

        assertThat(moderation.rules().spamEntries()).containsExactly("footbridge");
        var verdict = moderation.screen(arrival("article-7", HAM, newEmail(), newAddress(), "", Instant.now()));
        assertThat(verdict.decision()).isEqualTo(Decision.SPAM);
        assertThat(reason(verdict, "rules").text()).contains("footbridge");
    }

    @Test
    void aModeratorsSpamMarkTeachesTheClassifierAndTheCommentersRecord() throws InterruptedException {
        long decisions = store.decisions().size();
        var email = newEmail();
        var held = comments.submit(7, new CommentForm(HAM + " Zorbly kazoo.", "Quinn", email, ""), newAddress(), "JUnit",
                Map.of());
        assertThat(held.verdict()).isEqualTo(news.masthead.comments.ScreeningVerdict.HOLD);
        long id = held.id();

        comments.markSpam(id);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (store.decisions().size() == decisions && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(store.decisions()).hasSize((int) decisions + 1);
        assertThat(store.decisions().getLast().spam()).isTrue();
        var next = moderation.screen(arrival("article-7", HAM, email, newAddress(), "", Instant.now().plusSeconds(60)));
        assertThat(reason(next, "history").text()).contains("1 spam");
    }

    private static Arrival arrival(String form, String body, String email, String address, String token, Instant at) {
        var signals = new HashMap<String, String>();
        signals.put(FormGuard.TOKEN_FIELD, token);
        signals.put(FormGuard.TRAP_FIELD, "");
        return new Arrival(form, new Submission("Morwenna Pascoe", email, "", body), address, "Mozilla/5.0", signals, at);
    }

    private static String newEmail() {
        return "reader." + UUID.randomUUID() + "@example.net";
    }

    private static String newAddress() {
        var random = UUID.randomUUID().getLeastSignificantBits();
        return "198.51." + ((random >>> 8) & 0xff) + "." + (random & 0xff);
    }

    private static Reason reason(Verdict verdict, String check) {
        return verdict.reasons().stream().filter(r -> r.check().equals(check)).findFirst().orElse(null);
    }
}
