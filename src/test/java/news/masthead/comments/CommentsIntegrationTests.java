package news.masthead.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

/** Comments with their database and the signing module they rely on. Runs on H2 and PostgreSQL. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "masthead.demo.enabled=false")
@Transactional
abstract class CommentsIntegrationTests {

    private static final long ARTICLE = 41;
    private static final long OTHER_ARTICLE = 42;

    @Autowired
    CommentManagement comments;

    @Autowired
    CommentSettings settings;

    @Test
    void aNewCommentWaitsForModerationUnseen(AssertablePublishedEvents events) {
        var submitted = comments.submit(ARTICLE, form("First!"), "203.0.113.9", "Mozilla/5.0");

        assertThat(comments.approvedOn(ARTICLE)).isEmpty();
        assertThat(events.ofType(CommentSubmitted.class))
                .containsExactly(new CommentSubmitted(submitted.id(), ARTICLE));
    }

    @Test
    void theReaderWithTheHashSeesTheirOwnCommentWhileItWaits() {
        var submitted = comments.submit(ARTICLE, form("Is the bridge open?"), null, null);

        var own = comments.awaitingModeration(ARTICLE, submitted.id(), submitted.moderationHash()).orElseThrow();

        assertThat(own.id()).isEqualTo(submitted.id());
        assertThat(own.awaitingModeration()).isTrue();
        assertThat(own.authorName()).isEqualTo("Pat Lenning");
        assertThat(own.bodyHtml()).isEqualTo("<p>Is the bridge open?</p>");
    }

    @Test
    void nobodyElseSeesAWaitingComment() {
        var submitted = comments.submit(ARTICLE, form("Is the bridge open?"), null, null);
        var another = comments.submit(ARTICLE, form("Another"), null, null);
        var hash = submitted.moderationHash();
        var tampered = (hash.charAt(0) == 'A' ? "B" : "A") + hash.substring(1);

        assertThat(comments.awaitingModeration(ARTICLE, submitted.id(), tampered)).isEmpty();
        assertThat(comments.awaitingModeration(ARTICLE, submitted.id(), "")).isEmpty();
        assertThat(comments.awaitingModeration(ARTICLE, submitted.id(), hash + "A")).isEmpty();
        assertThat(comments.awaitingModeration(ARTICLE, submitted.id(), another.moderationHash())).isEmpty();
        assertThat(comments.awaitingModeration(ARTICLE, another.id(), hash)).isEmpty();
        assertThat(comments.awaitingModeration(OTHER_ARTICLE, submitted.id(), hash)).isEmpty();
    }

    @Test
    void anApprovedCommentIsShownToEveryone(AssertablePublishedEvents events) {
        var submitted = comments.submit(ARTICLE, form("Credit to the ferry crew."), null, null);

        comments.approve(submitted.id());
        comments.approve(submitted.id());

        assertThat(comments.approvedOn(ARTICLE)).singleElement().satisfies(comment -> {
            assertThat(comment.id()).isEqualTo(submitted.id());
            assertThat(comment.awaitingModeration()).isFalse();
            assertThat(comment.bodyHtml()).isEqualTo("<p>Credit to the ferry crew.</p>");
        });
        assertThat(comments.approvedOn(OTHER_ARTICLE)).isEmpty();
        assertThat(comments.awaitingModeration(ARTICLE, submitted.id(), submitted.moderationHash())).isEmpty();
        assertThat(events.ofType(CommentApproved.class))
                .containsExactly(new CommentApproved(submitted.id(), ARTICLE));
    }

    @Test
    void approvedCommentsReadOldestFirst() {
        var later = comments.importComment(ARTICLE, form("Second"), Instant.parse("2025-03-04T09:00:00Z"), true);
        var earlier = comments.importComment(ARTICLE, form("First"), Instant.parse("2025-03-04T08:00:00Z"), true);
        comments.importComment(ARTICLE, form("Held"), Instant.parse("2025-03-04T08:30:00Z"), false);

        assertThat(comments.approvedOn(ARTICLE)).extracting(PublishedComment::id).containsExactly(earlier, later);
        assertThat(comments.approvedOn(ARTICLE).getFirst().submittedAt())
                .isEqualTo(Instant.parse("2025-03-04T08:00:00Z"));
    }

    @Test
    void rejectedCommentsAreNotShown() {
        var spam = comments.submit(ARTICLE, form("Cheap pills"), null, null);
        var shown = comments.submit(ARTICLE, form("Fair point"), null, null);
        comments.approve(shown.id());

        comments.markSpam(spam.id());
        comments.trash(shown.id());

        assertThat(comments.approvedOn(ARTICLE)).isEmpty();
        assertThat(comments.awaitingModeration(ARTICLE, spam.id(), spam.moderationHash())).isEmpty();
    }

    @Test
    void theEmailAddressNeverLeavesTheModuleForThePublic() {
        var email = "pat.private.address@example.net";
        var submitted = comments.submit(ARTICLE,
                new CommentForm("Hello", "Pat", email, "https://example.net/pat"), null, null);
        var own = comments.awaitingModeration(ARTICLE, submitted.id(), submitted.moderationHash()).orElseThrow();
        comments.approve(submitted.id());
        var shown = comments.approvedOn(ARTICLE).getFirst();

        assertThat(own.toString()).doesNotContain(email).doesNotContain("pat.private");
        assertThat(shown.toString()).doesNotContain(email).doesNotContain("pat.private");
        assertThat(shown.authorUrl()).isEqualTo("https://example.net/pat");
        assertThat(submitted.toString()).doesNotContain(email);
    }

    @Test
    void theTextIsKeptAsTypedAndPrintedEscaped() {
        var submitted = comments.submit(ARTICLE,
                form("  <script>alert(1)</script>\n\nSee https://example.org/report.  "), null, null);

        var own = comments.awaitingModeration(ARTICLE, submitted.id(), submitted.moderationHash()).orElseThrow();

        assertThat(own.bodyHtml()).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>See "
                + "<a href=\"https://example.org/report\" rel=\"nofollow ugc\">https://example.org/report</a>.</p>");
    }

    @Test
    void limitsTheLengthOfTheTextToTheConfiguredSize() {
        var max = settings.maxLength();

        assertThat(errorsFor(" ".repeat(10) + "x".repeat(max) + "\n")).isNull();
        assertThat(errorsFor("x".repeat(max + 1)))
                .isEqualTo("Please shorten your comment to " + max + " characters or fewer; it has " + (max + 1) + ".");
    }

    private String errorsFor(String text) {
        var form = form(text);
        var errors = new BeanPropertyBindingResult(form, "form");
        comments.validate(form, errors);
        var error = errors.getFieldError("comment");
        return error == null ? null : error.getDefaultMessage();
    }

    private static CommentForm form(String text) {
        return new CommentForm(text, "Pat Lenning", "pat.lenning@example.net", "");
    }
}
