package news.masthead.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores subscribers; addresses are kept lower-case so that one inbox is one row. */
@Repository
class Subscribers {

    private final JdbcClient jdbc;

    Subscribers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subscriber> byEmail(String email) {
        return jdbc.sql("SELECT * FROM subscribers WHERE email = :email")
                .param("email", email)
                .query((rs, row) -> map(rs))
                .optional();
    }

    Optional<Subscriber> byId(long id) {
        return jdbc.sql("SELECT * FROM subscribers WHERE id = :id").param("id", id).query((rs, row) -> map(rs)).optional();
    }

    /** Locks the row for the rest of the transaction, so that two sign-ups of one address queue up. */
    Optional<Subscriber> lock(String email) {
        return jdbc.sql("SELECT * FROM subscribers WHERE email = :email FOR UPDATE")
                .param("email", email)
                .query((rs, row) -> map(rs))
                .optional();
    }

    Subscriber save(Subscriber subscriber) {
        var statement = subscriber.id() == 0 ? """
                INSERT INTO subscribers (email, status, frequency, sections, created_at, confirmed_at, unsubscribed_at,
                                         notice_count, notice_window_start)
                VALUES (:email, :status, :frequency, :sections, :created, :confirmed, :unsubscribed, :notices, :window)"""
                : """
                UPDATE subscribers SET status = :status, frequency = :frequency, sections = :sections,
                       confirmed_at = :confirmed, unsubscribed_at = :unsubscribed, notice_count = :notices,
                       notice_window_start = :window
                WHERE id = :id""";
        var keys = new GeneratedKeyHolder();
        jdbc.sql(statement)
                .param("id", subscriber.id())
                .param("email", subscriber.email())
                .param("status", subscriber.status().name())
                .param("frequency", subscriber.frequency().name())
                .param("sections", subscriber.sections().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .param("created", utc(subscriber.createdAt()))
                .param("confirmed", utc(subscriber.confirmedAt()))
                .param("unsubscribed", utc(subscriber.unsubscribedAt()))
                .param("notices", subscriber.noticeCount())
                .param("window", utc(subscriber.noticeWindowStart()))
                .update(keys, "id");
        if (subscriber.id() != 0) {
            return subscriber;
        }
        var key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("No key was generated");
        }
        return new Subscriber(key.longValue(), subscriber.email(), subscriber.status(), subscriber.frequency(),
                subscriber.sections(), subscriber.createdAt(), subscriber.confirmedAt(), subscriber.unsubscribedAt(),
                subscriber.noticeCount(), subscriber.noticeWindowStart());
    }

    /** How many addresses are in each state, for the admin. */
    Map<SubscriberStatus, Long> counts() {
        var counts = new LinkedHashMap<SubscriberStatus, Long>();
        for (var status : SubscriberStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM subscribers GROUP BY status")
                .query(rs -> {
                    counts.put(SubscriberStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    static Subscriber map(ResultSet rs) throws SQLException {
        var sections = rs.getString("sections");
        return new Subscriber(rs.getLong("id"), rs.getString("email"), SubscriberStatus.valueOf(rs.getString("status")),
                Frequency.valueOf(rs.getString("frequency")),
                sections.isBlank() ? Set.of()
                        : Arrays.stream(sections.split(",")).map(Long::valueOf).collect(Collectors.toSet()),
                Objects.requireNonNull(instant(rs, "created_at")), instant(rs, "confirmed_at"), instant(rs, "unsubscribed_at"),
                rs.getInt("notice_count"), instant(rs, "notice_window_start"));
    }

    /** Both databases keep microseconds; cut there, so that a time compares equal to itself once stored. */
    static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
