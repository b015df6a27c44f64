package news.masthead.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The similarity hashes of recent arrivals, indexed by band in memory on each node and brought up to
 * date from the shared {@code screened_submission} table before every look. The table stays the one
 * record, written by every node; each node reads the rows added since its last look (by id), so a
 * campaign spread over several nodes is seen whole. Keeping the index here spares every arrival eight
 * indexed columns in the table and every look eight index walks.
 * <p>
 * Ids are handed out when a row is inserted, not when it is committed, so a row may become visible
 * after a later one was already read. The ids skipped over are asked for again on later looks until
 * they turn up or {@link #GAP_PATIENCE} has passed (a transaction that was rolled back leaves its id
 * unused for good).
 * <p>
 * Memory is bounded by the buckets: 8 x 256 of at most {@link ArrivalStore#BAND_ROWS} entries of 32 bytes,
 * about 13 MB once the window holds more than some 50,000 arrivals, and far less on most sites.
 */
@Component
class RecentTexts {

    /** How long an id skipped over is looked for again. */
    static final Duration GAP_PATIENCE = Duration.ofMinutes(1);
    /** The most skipped ids followed at once; a jump in the sequence beyond this is not followed. */
    private static final int MOST_GAPS = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    /** One bucket per band and band value: 8 x 256, each the newest {@link ArrivalStore#BAND_ROWS}. */
    private final Bucket[] buckets = new Bucket[Similarity.BANDS * 256];
    /** Ids below {@link #last} not seen yet, with when they were first missed (epoch ms). */
    private final Map<Long, Long> gaps = new HashMap<>();
    private long last = -1;

    RecentTexts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * How many arrivals after {@code since} from senders other than {@code email} carried nearly the
     * same text, counted up to {@code most}; newest first, at most {@link ArrivalStore#BAND_ROWS} per band.
     */
    int similarFromOthers(long hash, @Nullable String email, Instant since, int most) {
        lock.lock();
        try {
            catchUp(since, clock.instant());
            long sender = email == null ? 0 : fingerprint(email);
            long after = since.toEpochMilli();
            var seen = new HashSet<Long>();
            int found = 0;
            for (int band = 0; band < Similarity.BANDS && found < most; band++) {
                var bucket = buckets[band * 256 + Similarity.band(hash, band)];
                if (bucket != null) {
                    found += bucket.near(hash, sender, after, most - found, seen);
                }
            }
            return found;
        } finally {
            lock.unlock();
        }
    }

    /** Reads what was added since the last look; the first look reads the window. */
    private void catchUp(Instant since, Instant now) {
        if (last < 0) {
            jdbc.sql("SELECT id, similarity, email_hash, received_at FROM screened_submission WHERE received_at > :since"
                    + " ORDER BY id")
                    .param("since", since.atOffset(ZoneOffset.UTC))
                    .query((RowCallbackHandler) rs -> add(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class)));
            last = Math.max(last, 0);
            gaps.clear();
            return;
        }
        if (!gaps.isEmpty()) {
            long oldest = now.minus(GAP_PATIENCE).toEpochMilli();
            gaps.values().removeIf(missedAt -> missedAt < oldest);
        }
        long before = last;
        long missedAt = now.toEpochMilli();
        if (!gaps.isEmpty()) {
            // Asked for apart from the new rows: an OR of the two would not be answered from the key.
            jdbc.sql("SELECT id, similarity, email_hash, received_at FROM screened_submission WHERE id IN (:gaps)")
                    .param("gaps", List.copyOf(gaps.keySet()))
                    .query((RowCallbackHandler) rs -> {
                        gaps.remove(rs.getLong(1));
                        add(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class));
                    });
        }
        jdbc.sql("SELECT id, similarity, email_hash, received_at FROM screened_submission WHERE id > :last ORDER BY id")
                .param("last", before)
                .query((RowCallbackHandler) rs -> {
                    long id = rs.getLong(1);
                    for (long skipped = Math.max(last + 1, id - MOST_GAPS); skipped < id; skipped++) {
                        if (gaps.size() < MOST_GAPS) {
                            gaps.put(skipped, missedAt);
                        }
                    }
                    add(id, rs.getLong(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class));
                });
    }

    private void add(long id, long similarity, @Nullable String email, OffsetDateTime at) {
        long sender = email == null ? 0 : fingerprint(email);
        long millis = at.toInstant().toEpochMilli();
        for (int band = 0; band < Similarity.BANDS; band++) {
            int slot = band * 256 + Similarity.band(similarity, band);
            var bucket = buckets[slot];
            if (bucket == null) {
                bucket = buckets[slot] = new Bucket();
            }
            bucket.add(id, similarity, sender, millis);
        }
        last = Math.max(last, id);
    }

    /** A 64-bit fingerprint of a sender's (already hashed) e-mail key; never 0, which stands for none. */
    private static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** The newest arrivals sharing one band value, in a ring that grows up to its limit. */
    private static final class Bucket {

        private long[] ids = new long[4];
        private long[] hashes = new long[4];
        private long[] senders = new long[4];
        private long[] times = new long[4];
        private int next;
        private int size;

        void add(long id, long hash, long sender, long at) {
            if (size == ids.length && size < ArrivalStore.BAND_ROWS) {
                int length = Math.min(size * 2, ArrivalStore.BAND_ROWS);
                ids = Arrays.copyOf(ids, length);
                hashes = Arrays.copyOf(hashes, length);
                senders = Arrays.copyOf(senders, length);
                times = Arrays.copyOf(times, length);
                next = size;
            }
            ids[next] = id;
            hashes[next] = hash;
            senders[next] = sender;
            times[next] = at;
            next = (next + 1) % ids.length;
            size = Math.min(size + 1, ids.length);
        }

        /** Near copies from other senders after {@code after}, newest first, up to {@code most}. */
        int near(long hash, long sender, long after, int most, HashSet<Long> seen) {
            int found = 0;
            for (int i = 1; i <= size && found < most; i++) {
                int at = Math.floorMod(next - i, ids.length);
                if (times[at] > after && Similarity.near(hashes[at], hash) && (sender == 0 || senders[at] != sender)
                        && seen.add(ids[at])) {
                    found++;
                }
            }
            return found;
        }
    }
}
