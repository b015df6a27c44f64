package news.masthead.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The change record that keeps every node's cache honest. Each change writes the keys it affects
 * in the same transaction as the change itself; every node reads the record a few times a second
 * and evicts what it names. Rows are read by time with a look-back, not by id alone, because
 * transactions can commit out of id order; ids already applied are remembered for that window.
 */
@Component
class PageChanges {

    private static final Logger log = LoggerFactory.getLogger(PageChanges.class);
    private static final Duration LOOK_BACK = Duration.ofSeconds(30);
    private static final Duration KEEP = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final PageCache cache;
    private final Clock clock;
    /** This node's own changes are evicted right after commit and need no second pass. */
    private final String node = UUID.randomUUID().toString();
    private final Map<Long, OffsetDateTime> applied = new HashMap<>();

    PageChanges(JdbcClient jdbc, PageCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.clock = clock;
        // A node starts with an empty cache: what changed before it started is already in it.
        recent().forEach(change -> applied.put(change.id(), change.at()));
    }

    /** Called inside the transaction that makes the change. */
    void record(Collection<String> keys) {
        jdbc.sql("INSERT INTO page_change (keys, node, changed_at) VALUES (:keys, :node, :at)")
                .param("keys", String.join(" ", keys))
                .param("node", node)
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    @Scheduled(fixedDelayString = "${masthead.delivery.follow-interval:500ms}")
    synchronized void follow() {
        try {
            for (var change : recent()) {
                if (applied.putIfAbsent(change.id(), change.at()) == null && !change.node().equals(node)) {
                    log.debug("Evicting {} for a change made on node {}", change.keys(), change.node());
                    cache.evict(Arrays.asList(change.keys().split(" ")));
                }
            }
            var since = since();
            applied.values().removeIf(at -> at.isBefore(since));
        }
        catch (RuntimeException e) {
            // The database may be briefly away; pages already cached are then the safest answer,
            // and the look-back window catches up on what was missed.
            log.warn("Could not read the page change record: {}", e.getMessage());
        }
    }

    private List<Change> recent() {
        return jdbc.sql("SELECT id, keys, node, changed_at FROM page_change WHERE changed_at > :since ORDER BY id")
                .param("since", since())
                .query((rs, n) -> new Change(rs.getLong("id"), rs.getString("keys"), rs.getString("node"),
                        rs.getObject("changed_at", OffsetDateTime.class)))
                .list();
    }

    private OffsetDateTime since() {
        return OffsetDateTime.now(clock).minus(LOOK_BACK).withOffsetSameInstant(ZoneOffset.UTC);
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    void prune() {
        jdbc.sql("DELETE FROM page_change WHERE changed_at < :before")
                .param("before", OffsetDateTime.now(clock).minus(KEEP).withOffsetSameInstant(ZoneOffset.UTC))
                .update();
    }

    private record Change(long id, String keys, String node, OffsetDateTime at) {
    }
}
