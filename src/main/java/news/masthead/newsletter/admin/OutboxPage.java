package news.masthead.newsletter.admin;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.mail.MailStatus;
import news.masthead.mail.StoredMail;

/** The outbox: counts by state, the newest messages, and one opened message if any. */
public record OutboxPage(AdminLayout layout, Map<MailStatus, Long> counts, List<StoredMail> messages,
        @Nullable StoredMail opened, @Nullable String purpose) {
}
