package news.masthead.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads an {@code outgoing_mail} row. */
final class StoredMailRows {

    private StoredMailRows() {
    }

    static StoredMail map(ResultSet rs) throws SQLException {
        var mail = new OutgoingMail(rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
                rs.getString("html_body"), HeaderLines.parse(rs.getString("headers")), rs.getString("purpose"));
        var sentAt = rs.getObject("sent_at", OffsetDateTime.class);
        return new StoredMail(rs.getLong("id"), mail, MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getObject("queued_at", OffsetDateTime.class).toInstant(),
                sentAt == null ? null : sentAt.toInstant());
    }
}
