package news.masthead.publishing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many published stories each list holds, for "page 3 of 8,334". Counting a long archive
 * reads its whole index (about 10 ms for 100,000 stories), so a count is kept until any story is
 * published, changed or withdrawn. Each of those changes writes a new random stamp to one row in
 * the same transaction, as it happens; a list reads that row before it counts, so no node, and no
 * transaction that has itself just published, is given a count older than the stories it shows.
 */
@Component
class ListCounts {

    private final JdbcClient jdbc;
    private volatile Counts counts = new Counts(Long.MIN_VALUE, Map.of());

    ListCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The count of the named list, from memory when no story changed since it was counted. */
    long of(String list, LongSupplier counter) {
        // Read before counting: a count is then at least as new as the stamp it is kept under.
        long stamp = jdbc.sql("SELECT stamp FROM article_list_version WHERE id = 1").query(Long.class).single();
        var current = counts;
        if (current.stamp() != stamp) {
            current = new Counts(stamp, new ConcurrentHashMap<>());
            counts = current;
        }
        var known = current.byList().get(list);
        if (known != null) {
            return known;
        }
        long counted = counter.getAsLong();
        current.byList().put(list, counted);
        return counted;
    }

    @EventListener
    void on(ArticlePublished event) {
        moved();
    }

    @EventListener
    void on(ArticleUpdated event) {
        moved();
    }

    @EventListener
    void on(ArticleWithdrawn event) {
        moved();
    }

    private void moved() {
        jdbc.sql("UPDATE article_list_version SET stamp = :stamp WHERE id = 1")
                .param("stamp", ThreadLocalRandom.current().nextLong())
                .update();
    }

    private record Counts(long stamp, Map<String, Long> byList) {
    }
}
