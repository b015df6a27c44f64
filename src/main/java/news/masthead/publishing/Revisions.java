package news.masthead.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The revisions table: every save of every article, numbered from 1 per article. */
@Component
class Revisions {

    private static final String COLUMNS = """
            revision_number, slug, headline, standfirst, body_source, section_id, author_ids, tag_names,
            image_path, image_alt, image_caption, image_credit, image_width, image_height,
            seo_title, seo_description, autosaved, saved_by, saved_at""";

    private final JdbcClient jdbc;

    Revisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps a revision and returns its number. An autosave replaces the newest revision when that
     * too was an autosave by the same person, so typing for an hour leaves one revision, not hundreds.
     */
    int save(long articleId, Revision revision) {
        var latest = latest(articleId);
        int number = latest.map(Revision::number).orElse(0) + 1;
        if (revision.autosaved() && latest.isPresent() && latest.get().autosaved()
                && latest.get().savedBy().equals(revision.savedBy())) {
            number = latest.get().number();
            jdbc.sql("DELETE FROM article_revision WHERE article_id = :id AND revision_number = :number")
                    .param("id", articleId).param("number", number).update();
        }
        var image = revision.image();
        jdbc.sql("INSERT INTO article_revision (article_id, " + COLUMNS + ") VALUES (:articleId, :number, :slug,"
                + " :headline, :standfirst, :body, :sectionId, :authorIds, :tagNames, :imagePath, :imageAlt,"
                + " :imageCaption, :imageCredit, :imageWidth, :imageHeight, :seoTitle, :seoDescription, :autosaved,"
                + " :savedBy, :savedAt)")
                .param("articleId", articleId)
                .param("number", number)
                .param("slug", revision.slug())
                .param("headline", revision.headline())
                .param("standfirst", revision.standfirst())
                .param("body", revision.body())
                .param("sectionId", revision.sectionId())
                .param("authorIds", revision.authorIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("tagNames", String.join("\n", revision.tagNames()))
                .param("imagePath", image == null ? null : image.path())
                .param("imageAlt", image == null ? null : image.alt())
                .param("imageCaption", image == null ? null : image.caption())
                .param("imageCredit", image == null ? null : image.credit())
                .param("imageWidth", image == null ? null : image.width())
                .param("imageHeight", image == null ? null : image.height())
                .param("seoTitle", revision.seoTitle())
                .param("seoDescription", revision.seoDescription())
                .param("autosaved", revision.autosaved())
                .param("savedBy", revision.savedBy())
                .param("savedAt", revision.savedAt().atOffset(ZoneOffset.UTC))
                .update();
        return number;
    }

    Optional<Revision> latest(long articleId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article_revision WHERE article_id = :id"
                + " ORDER BY revision_number DESC FETCH FIRST 1 ROWS ONLY")
                .param("id", articleId)
                .query(Revisions::revision)
                .optional();
    }

    Optional<Revision> find(long articleId, int number) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article_revision WHERE article_id = :id AND revision_number = :number")
                .param("id", articleId)
                .param("number", number)
                .query(Revisions::revision)
                .optional();
    }

    /** The newest revision somebody else kept after the given one: what a save from that revision would bury. */
    Optional<Revision> newerByOthers(long articleId, int since, String savedBy) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article_revision WHERE article_id = :id"
                + " AND revision_number > :since AND saved_by <> :savedBy"
                + " ORDER BY revision_number DESC FETCH FIRST 1 ROWS ONLY")
                .param("id", articleId)
                .param("since", since)
                .param("savedBy", savedBy)
                .query(Revisions::revision)
                .optional();
    }

    /** Newest first, bodies included: an article has tens of revisions, not thousands. */
    List<Revision> all(long articleId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM article_revision WHERE article_id = :id ORDER BY revision_number DESC")
                .param("id", articleId)
                .query(Revisions::revision)
                .list();
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        var authorIds = rs.getString("author_ids");
        var tagNames = rs.getString("tag_names");
        return new Revision(rs.getInt("revision_number"), rs.getString("slug"), rs.getString("headline"),
                rs.getString("standfirst"), rs.getString("body_source"), rs.getLong("section_id"),
                authorIds.isBlank() ? List.of() : Arrays.stream(authorIds.split(",")).map(Long::valueOf).toList(),
                tagNames.isBlank() ? List.of() : List.of(tagNames.split("\n")), image(rs), rs.getString("seo_title"),
                rs.getString("seo_description"), rs.getBoolean("autosaved"), rs.getString("saved_by"),
                rs.getObject("saved_at", OffsetDateTime.class).toInstant());
    }

    private static @Nullable FeaturedImage image(ResultSet rs) throws SQLException {
        var path = rs.getString("image_path");
        return path == null ? null
                : new FeaturedImage(path, rs.getString("image_alt"), rs.getString("image_caption"),
                        rs.getString("image_credit"), rs.getInt("image_width"), rs.getInt("image_height"));
    }

}
