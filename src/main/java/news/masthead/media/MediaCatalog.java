package news.masthead.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The media library's table: one row per stored image. */
@Component
class MediaCatalog {

    private static final String COLUMNS = "id, path, original_name, media_type, width, height, byte_size, alt, caption,"
            + " credit, rendition_widths, uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    MediaCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MediaItem add(String path, String originalName, String mediaType, int width, int height, long byteSize, String alt,
            String caption, String credit, List<Integer> renditionWidths, String uploadedBy, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO media_item (path, original_name, media_type, width, height, byte_size, alt, caption,
                    credit, rendition_widths, uploaded_by, uploaded_at)
                VALUES (:path, :name, :type, :width, :height, :size, :alt, :caption, :credit, :widths, :by, :at)""")
                .param("path", path).param("name", originalName).param("type", mediaType)
                .param("width", width).param("height", height).param("size", byteSize)
                .param("alt", alt).param("caption", caption).param("credit", credit)
                .param("widths", renditionWidths.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("by", uploadedBy).param("at", at.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        var key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("No key was generated");
        }
        return new MediaItem(key.longValue(), path, originalName, mediaType, width, height, byteSize, alt, caption,
                credit, renditionWidths, uploadedBy, at);
    }

    void describe(long id, String alt, String caption, String credit) {
        jdbc.sql("UPDATE media_item SET alt = :alt, caption = :caption, credit = :credit WHERE id = :id")
                .param("id", id).param("alt", alt).param("caption", caption).param("credit", credit)
                .update();
    }

    Optional<MediaItem> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media_item WHERE id = :id").param("id", id)
                .query(MediaCatalog::item).optional();
    }

    Optional<MediaItem> byPath(String path) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media_item WHERE path = :path").param("path", path)
                .query(MediaCatalog::item).optional();
    }

    List<MediaItem> search(String words, int limit) {
        var where = words.isEmpty() ? "" : " WHERE LOWER(original_name) LIKE :pattern OR LOWER(alt) LIKE :pattern"
                + " OR LOWER(caption) LIKE :pattern OR LOWER(credit) LIKE :pattern";
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM media_item" + where
                + " ORDER BY uploaded_at DESC, id DESC FETCH FIRST :limit ROWS ONLY").param("limit", limit);
        if (!words.isEmpty()) {
            statement = statement.param("pattern", "%" + words.replace("%", "").replace("_", "") + "%");
        }
        return statement.query(MediaCatalog::item).list();
    }

    private static MediaItem item(ResultSet rs, int row) throws SQLException {
        var widths = rs.getString("rendition_widths");
        return new MediaItem(rs.getLong("id"), rs.getString("path"), rs.getString("original_name"),
                rs.getString("media_type"), rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_size"),
                rs.getString("alt"), rs.getString("caption"), rs.getString("credit"),
                widths.isBlank() ? List.of() : Arrays.stream(widths.split(",")).map(Integer::valueOf).toList(),
                rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    }
}
