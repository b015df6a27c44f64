package news.masthead.comments.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.comments.Queue;
import news.masthead.comments.QueueFilter;
import news.masthead.comments.QueueItem;
import news.masthead.comments.QueuePage;
import news.masthead.publishing.ArticleSummary;

/** A queue as the template shows it: the tabs with their counts, the filter, and one page of comments. */
public record QueueView(AdminLayout layout, QueueFilter filter, String from, String to, QueuePage found,
        Map<Queue, Long> counts, Map<Long, ArticleSummary> stories, @Nullable String notice) {

    public Queue[] queues() {
        return Queue.values();
    }

    public @Nullable ArticleSummary story(QueueItem item) {
        return stories.get(item.articleId());
    }

    /** This queue with the current filter, on the given page; where verdicts come back to. */
    public String link(int page) {
        return link(filter.queue(), page);
    }

    public String link(Queue queue, int page) {
        var link = new StringBuilder("/admin/comments?queue=").append(queue.slug());
        if (filter.articleId() != null) {
            link.append("&article=").append(filter.articleId());
        }
        add(link, "commenter", filter.commenter());
        add(link, "from", from);
        add(link, "to", to);
        add(link, "q", filter.text());
        if (page > 1) {
            link.append("&page=").append(page);
        }
        return link.toString();
    }

    public String back() {
        return link(found.page());
    }

    public boolean shows(Queue queue) {
        return queue == filter.queue();
    }

    private static void add(StringBuilder link, String name, String value) {
        if (!value.isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
