package news.masthead.publishing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Corrections printed under articles, oldest first, as readers expect to read them. */
@Component
class Corrections {

    private final JdbcClient jdbc;

    Corrections(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long articleId, String note, Instant at, String recordedBy) {
        jdbc.sql("""
                INSERT INTO article_correction (article_id, note, corrected_at, recorded_by)
                VALUES (:id, :note, :at, :by)""")
                .param("id", articleId).param("note", note).param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", recordedBy)
                .update();
    }

    List<Correction> of(long articleId) {
        return jdbc.sql("SELECT note, corrected_at FROM article_correction WHERE article_id = :id ORDER BY corrected_at, id")
                .param("id", articleId)
                .query((rs, n) -> new Correction(rs.getString("note"),
                        rs.getObject("corrected_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
