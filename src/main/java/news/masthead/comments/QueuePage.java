package news.masthead.comments;

import java.util.List;

/** One page of a queue, and how many comments match in all. */
public record QueuePage(List<QueueItem> items, long total, int page, int pageCount) {

    public QueuePage {
        items = List.copyOf(items);
    }
}
