package news.masthead.comments;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which comments a moderator is looking at: one queue, narrowed by article, commenter (name or
 * address, in part), days submitted (UTC, both ends included) and words in the text.
 */
public record QueueFilter(Queue queue, @Nullable Long articleId, String commenter, @Nullable LocalDate from,
        @Nullable LocalDate to, String text, int page) {

    public QueueFilter {
        commenter = commenter == null ? "" : commenter.strip();
        text = text == null ? "" : text.strip();
        page = Math.max(1, page);
    }

    public static QueueFilter of(Queue queue) {
        return new QueueFilter(queue, null, "", null, null, "", 1);
    }
}
