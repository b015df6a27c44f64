package news.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

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
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.audit.AuditLog;

/**
 * The newsroom's workflow with its database: drafts, review, scheduling, publication, updates,
 * corrections, revisions and who may do what. Runs on H2 and PostgreSQL; changes are rolled back.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "masthead.demo.enabled=false")
@Transactional
abstract class EditorialWorkflowIntegrationTests {

    private static final String[] CONTRIBUTOR = { "ROLE_CONTRIBUTOR", "WRITE_DRAFTS" };
    private static final String[] AUTHOR = { "ROLE_AUTHOR", "WRITE_DRAFTS", "PUBLISH_OWN", "UPLOAD_MEDIA" };
    private static final String[] EDITOR = { "ROLE_EDITOR", "WRITE_DRAFTS", "PUBLISH_OWN", "PUBLISH_ANY", "EDIT_ANY",
        "UPLOAD_MEDIA" };

    @Autowired
    EditorialWorkflow workflow;
    @Autowired
    EditorialDesk desk;
    @Autowired
    ArticleManagement articles;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void newsroom() {
        articles.addSection("local", "Local", "Council, schools and housing.");
        articles.addSection("culture", "Culture", "Arts and food.");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDraftIsSeenByNoReaderUntilAnEditorPublishesIt(AssertablePublishedEvents events) {
        signIn("ann@example.org", AUTHOR);
        var ann = workflow.bylineFor("Ann Writer");
        var id = workflow.start(draft("", "Harbour wall to be rebuilt", "The council voted.", ann));
        workflow.submit(id);

        assertThat(articles.findPublished("harbour-wall-to-be-rebuilt")).isEmpty();
        assertThat(desk.open(id).status()).isEqualTo(ArticleStatus.SUBMITTED);
        signIn("ed@example.org", EDITOR);
        assertThat(desk.needsAttention().awaitingReview()).extracting(DeskArticle::id).containsExactly(id);

        workflow.publish(id);

        var live = articles.findPublished("harbour-wall-to-be-rebuilt").orElseThrow();
        assertThat(live.bodyHtml()).contains("The council voted.");
        assertThat(live.authors()).extracting(Author::name).containsExactly("Ann Writer");
        assertThat(events.ofType(ArticlePublished.class).matchingValue(ArticlePublished::articleId, id)).hasSize(1);
        assertThat(audit.recent("ed@example.org", "article.published", 5)).hasSize(1);
    }

    @Test
    void editingALiveStoryChangesNothingReadersSeeUntilItIsPublishedAgain(AssertablePublishedEvents events) {
        signIn("ed@example.org", EDITOR);
        var byline = workflow.bylineFor("Ed Itor");
        var id = workflow.start(draft("ferry", "Ferry returns", "Service resumes on Monday.", byline));
        workflow.publish(id);

        workflow.save(id, draft("ferry", "Ferry returns at last", "Service resumes on Tuesday.", byline), false);

        assertThat(articles.findPublished("ferry").orElseThrow().bodyHtml()).contains("Monday").doesNotContain("Tuesday");
        assertThat(desk.open(id).hasUnpublishedChanges()).isTrue();

        workflow.publish(id);

        var live = articles.findPublished("ferry").orElseThrow();
        assertThat(live.headline()).isEqualTo("Ferry returns at last");
        assertThat(live.bodyHtml()).contains("Tuesday");
        assertThat(events.ofType(ArticleUpdated.class).matchingValue(ArticleUpdated::articleId, id)).hasSize(1);
        assertThat(desk.open(id).hasUnpublishedChanges()).isFalse();
    }

    @Test
    void aNewSlugRedirectsTheOldAddressOnceItIsLive() {
        signIn("ed@example.org", EDITOR);
        var byline = workflow.bylineFor("Ed Itor");
        var id = workflow.start(draft("old-name", "Old name", "Text.", byline));
        workflow.publish(id);

        workflow.save(id, draft("new-name", "New name", "Text.", byline), false);
        assertThat(articles.movedTo("old-name")).isEmpty();
        workflow.publish(id);

        assertThat(articles.findPublished("old-name")).isEmpty();
        assertThat(articles.findPublished("new-name")).isPresent();
        assertThat(articles.movedTo("old-name")).contains("/articles/new-name");
        assertThatThrownBy(() -> workflow.start(draft("old-name", "Another", "Text.", byline)))
                .isInstanceOf(DraftRejected.class);
    }

    @Test
    void aContributorWritesAndSubmitsButCanNeverPublish() {
        signIn("cora@example.org", CONTRIBUTOR);
        var cora = workflow.bylineFor("Cora Tributor");
        var id = workflow.start(draft("", "Allotments flooded", "Plots under water.", cora));

        assertThatThrownBy(() -> workflow.publish(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.schedule(id, Instant.now().plus(1, ChronoUnit.HOURS)))
                .isInstanceOf(AccessDeniedException.class);
        workflow.submit(id);
        assertThat(desk.open(id).mayPublish()).isFalse();
        assertThat(articles.findPublished("allotments-flooded")).isEmpty();

        signIn("ann@example.org", AUTHOR);
        assertThatThrownBy(() -> workflow.publish(id)).as("an author publishes only their own")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.save(id, draft("", "Changed", "x", cora), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aScheduledArticleGoesLiveOnceWhenItsTimeComes(AssertablePublishedEvents events) {
        signIn("ed@example.org", EDITOR);
        var byline = workflow.bylineFor("Ed Itor");
        var id = workflow.start(draft("market", "Market moves", "To the fish quay.", byline));
        workflow.schedule(id, Instant.now().plus(1, ChronoUnit.HOURS));
        workflow.save(id, draft("market", "Market moves", "Edited after scheduling.", byline), false);
        SecurityContextHolder.clearContext();

        assertThat(workflow.publishIfDue(id)).as("not due yet").isFalse();
        jdbc.sql("UPDATE article SET scheduled_for = :at WHERE id = :id")
                .param("at", Instant.now().minusSeconds(5).atOffset(ZoneOffset.UTC)).param("id", id).update();

        assertThat(workflow.publishIfDue(id)).isTrue();
        assertThat(workflow.publishIfDue(id)).as("only once").isFalse();

        var live = articles.findPublished("market").orElseThrow();
        assertThat(live.bodyHtml()).as("the revision that was scheduled").contains("To the fish quay.");
        assertThat(events.ofType(ArticlePublished.class).matchingValue(ArticlePublished::articleId, id)).hasSize(1);
        assertThat(audit.recent("system", "article.published", 5)).isNotEmpty();
    }

    @Test
    void everySaveKeepsARevisionThatCanBeComparedAndRestored() {
        signIn("ed@example.org", EDITOR);
        var byline = workflow.bylineFor("Ed Itor");
        var id = workflow.start(draft("bridge", "Bridge shut", "The bridge is shut.\n\nDivert via Quay Street.",
                byline));
        workflow.save(id, draft("bridge", "Bridge shut", "The bridge is closed.\n\nDivert via Quay Street.", byline),
                true);
        workflow.save(id, draft("bridge", "Bridge shut", "The bridge is closed!\n\nDivert via Quay Street.", byline),
                true);
        workflow.save(id, draft("bridge", "Bridge shut for a week", "The bridge is closed for a week.", byline), false);

        assertThat(desk.revisions(id)).extracting(Revision::number).containsExactly(3, 2, 1);
        var comparison = desk.compare(id, 1, 3);
        assertThat(comparison.body()).anySatisfy(line -> {
            assertThat(line.change()).isEqualTo(DiffLine.Change.CHANGED);
            assertThat(line.spans()).contains(new DiffLine.Span(DiffLine.Change.REMOVED, "shut."),
                    new DiffLine.Span(DiffLine.Change.ADDED, "closed for a week."));
        });
        assertThat(comparison.body()).anySatisfy(line -> assertThat(line.change()).isEqualTo(DiffLine.Change.REMOVED));

        int restored = workflow.restore(id, 1);

        assertThat(restored).isEqualTo(4);
        assertThat(desk.open(id).draft().body()).isEqualTo("The bridge is shut.\n\nDivert via Quay Street.");
        assertThat(desk.open(id).draft().headline()).isEqualTo("Bridge shut");
    }

    @Test
    void aCorrectionAppearsUnderTheLiveArticleWithItsDate(AssertablePublishedEvents events) {
        signIn("ed@example.org", EDITOR);
        var byline = workflow.bylineFor("Ed Itor");
        var id = workflow.start(draft("budget", "Budget gap", "A gap of £2m.", byline));
        workflow.publish(id);

        workflow.correct(id, "An earlier version gave the gap as £3m.");

        var live = articles.findPublished("budget").orElseThrow();
        assertThat(live.corrections()).extracting(Correction::note).containsExactly("An earlier version gave the gap as £3m.");
        assertThat(live.corrections().getFirst().correctedAt()).isCloseTo(Instant.now(),
                within(1, ChronoUnit.MINUTES));
        assertThat(events.ofType(ArticleUpdated.class).matchingValue(ArticleUpdated::articleId, id)).hasSize(1);
        assertThatThrownBy(() -> workflow.correct(id, "  ")).isInstanceOf(DraftRejected.class);
    }

    @Test
    void aDraftThatCannotBeFiledComesBackWithAMessagePerField() {
        signIn("ed@example.org", EDITOR);
        var rejected = (DraftRejected) catchThrowable(() -> workflow.start(
                new ArticleDraft("Bad Slug", " ", "", "", "sport", List.of("nobody"), List.of(), null, "", "")));

        assertThat(rejected.problems()).containsKeys("headline", "slug", "section", "authors");
    }

    private static ArticleDraft draft(String slug, String headline, String body, Author byline) {
        return new ArticleDraft(slug, headline, "Standfirst of " + headline, body, "local", List.of(byline.slug()),
                List.of("Harbour"), null, "", "");
    }

    private static void signIn(String email, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email,
                null, AuthorityUtils.createAuthorityList(authorities)));
    }
}
