package news.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Archive counts are kept between changes, yet every publication, update or withdrawal is counted
 * at once, also by a node that did not make it. Runs on H2 and PostgreSQL; changes are rolled back.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "masthead.demo.enabled=false")
@Transactional
abstract class ListCountsIntegrationTests {

    private static final Instant MORNING = Instant.parse("2025-03-04T06:50:00Z");

    @Autowired
    ArticleManagement articles;
    @Autowired
    JdbcClient jdbc;

    private Section local;
    private Author mara;

    @BeforeEach
    void newsroom() {
        local = articles.addSection("local", "Local", "Council, schools and housing.");
        articles.addSection("culture", "Culture", "Arts and food.");
        mara = articles.addAuthor("mara-okafor", "Mara Okafor", "Senior reporter", "Covers the council.");
    }

    @Test
    void everyPublicationAndWithdrawalIsCountedAtOnce() {
        var first = publish("first", "local");
        assertThat(articles.latest(1, 10).total()).isEqualTo(1);
        assertThat(articles.inSection(local, 1, 10).total()).isEqualTo(1);

        publish("second", "local");
        publish("third", "culture");
        var council = articles.tag("council").orElseThrow();
        assertThat(articles.latest(1, 1).total()).isEqualTo(3);
        assertThat(articles.latest(1, 1).pageCount()).isEqualTo(3);
        assertThat(articles.inSection(local, 1, 10).total()).isEqualTo(2);
        assertThat(articles.taggedWith(council, 1, 10).total()).isEqualTo(3);
        assertThat(articles.bylinedBy(mara, 1, 10).total()).isEqualTo(3);
        assertThat(articles.publishedCount()).isEqualTo(3);

        articles.withdraw(first);

        assertThat(articles.latest(1, 10).total()).isEqualTo(2);
        assertThat(articles.inSection(local, 1, 10).total()).isEqualTo(1);
        assertThat(articles.taggedWith(council, 1, 10).total()).isEqualTo(2);
        assertThat(articles.bylinedBy(mara, 1, 10).total()).isEqualTo(2);
    }

    @Test
    void aCountIsKeptUntilAStoryChanges() {
        publish("first", "local");
        assertThat(articles.latest(1, 10).total()).isEqualTo(1);
        // A row written behind the module's back, as a bulk import would: nothing says to count again.
        jdbc.sql("""
                INSERT INTO article (slug, headline, body, section_id, status, published_at, updated_at)
                VALUES ('imported', 'Imported', '<p>Imported.</p>', :section, 'PUBLISHED', :at, :at)""")
                .param("section", local.id())
                .param("at", OffsetDateTime.parse("2025-03-04T07:00:00Z"))
                .update();

        assertThat(articles.latest(1, 10).total()).isEqualTo(1);
        assertThat(articles.latest(1, 10).items()).hasSize(2);

        articles.markUpdated(articles.findPublished("first").orElseThrow().id(), MORNING.plusSeconds(60));

        assertThat(articles.latest(1, 10).total()).isEqualTo(2);
    }

    @Test
    void anotherNodeCountsAgainAfterAChangeMadeHere() {
        var otherNode = new ListCounts(jdbc);
        publish("first", "local");
        assertThat(otherNode.of("all", this::countPublished)).isEqualTo(1);

        publish("second", "local");

        assertThat(otherNode.of("all", this::countPublished)).isEqualTo(2);
    }

    private long countPublished() {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED'").query(Long.class).single();
    }

    private long publish(String slug, String section) {
        var id = articles.draft(new NewArticle(slug, "Headline of " + slug, "Standfirst of " + slug,
                "Body of " + slug + ".", section, List.of("mara-okafor"), List.of("council"), null));
        articles.publish(id, MORNING);
        return id;
    }
}
