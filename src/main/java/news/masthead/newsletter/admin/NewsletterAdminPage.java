package news.masthead.newsletter.admin;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.newsletter.SendProgress;
import news.masthead.newsletter.SubscriberStatus;
import news.masthead.publishing.ArticleSummary;

/** Subscribers by state, sends newest first with their progress, and recent articles to send. */
public record NewsletterAdminPage(AdminLayout layout, Map<SubscriberStatus, Long> subscribers,
        List<SendProgress> sends, List<ArticleSummary> articles, boolean sendOnPublish, @Nullable String notice) {

    public boolean anyRunning() {
        return sends.stream().anyMatch(SendProgress::running);
    }
}
