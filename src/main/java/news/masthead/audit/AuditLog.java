package news.masthead.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit module's API. {@link #record} joins the caller's transaction, so an action that rolls
 * back leaves no entry; {@link #recordAlone} commits on its own, for failures (a refused sign-in)
 * whose transaction, if any, does not commit.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by whoever is signed in on this thread (or the system). */
    @Transactional
    public void record(String action, String subject, @Nullable String detail) {
        recordAs(currentActor(), action, subject, detail);
    }

    /** Records an action by a named actor, for when nobody is signed in yet (sign-in, setup). */
    @Transactional
    public void recordAs(String actor, String action, String subject, @Nullable String detail) {
        jdbc.sql("""
                INSERT INTO audit_entry (at, actor, action, subject, detail, address)
                VALUES (:at, :actor, :action, :subject, :detail, :address)""")
                .param("at", utc(clock.instant()))
                .param("actor", limit(actor, 320))
                .param("action", limit(action, 60))
                .param("subject", limit(subject, 300))
                .param("detail", detail == null ? null : limit(detail, 2000))
                .param("address", currentAddress())
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String subject, @Nullable String detail) {
        recordAs(actor, action, subject, detail);
    }

    /** The newest entries first, optionally only one actor's or one kind of action (a prefix). */
    @Transactional(readOnly = true)
    public List<AuditEntry> recent(@Nullable String actor, @Nullable String actionPrefix, int limit) {
        return jdbc.sql("""
                SELECT id, at, actor, action, subject, detail, address FROM audit_entry
                WHERE (CAST(:actor AS VARCHAR(320)) IS NULL OR actor = :actor)
                  AND (CAST(:prefix AS VARCHAR(60)) IS NULL OR action LIKE :prefix)
                ORDER BY id DESC
                FETCH FIRST :limit ROWS ONLY""")
                .param("actor", actor)
                .param("prefix", actionPrefix == null ? null : actionPrefix.replace("%", "") + "%")
                .param("limit", limit)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
                        rs.getString("address")))
                .list();
    }

    private static String currentActor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private static @Nullable String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
