package news.masthead.newsletter;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A send and how far it has got, for the admin: running while {@code finishedAt} is empty. */
public record SendProgress(long id, SendKind kind, String subject, Instant createdAt, @Nullable Instant finishedAt,
        long sent, long failed, long left, long uncertain, long skipped) {

    public long total() {
        return sent + failed + left + uncertain + skipped;
    }

    public boolean running() {
        return finishedAt == null;
    }
}
