package news.masthead.publishing;

import java.util.List;

/** One page of a list of stories; pages count from 1. */
public record ArticleList(List<ArticleSummary> items, int page, int pageSize, long total) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pageCount();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
