package news.masthead.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One recorded action: who did it (a staff member's e-mail address, or "system" for the site's
 * own jobs), what they did ("article.published", "setting.changed", "sign-in.failed"…), to what,
 * with an optional detail, and from which address.
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subject, @Nullable String detail,
        @Nullable String address) {
}
