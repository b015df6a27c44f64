package news.masthead.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Soft edit locks, so that two people do not type over each other's work without knowing it. The
 * first to open an article in the editor holds a lease in the database, which every node sees; the
 * editor renews it while it stays open, and it lapses two minutes after the last renewal. Anyone
 * who may edit the article can take it over: a lock that could not be broken would strand a story
 * whenever a reporter walked away from their desk.
 *
 * <p>Each statement commits on its own, outside any transaction, so that the rare lost race to
 * insert a lease (two nodes, the same instant) is an ordinary outcome and poisons nothing.
 */
@Service
public class EditLocks {

    static final Duration LEASE = Duration.ofMinutes(2);

    private final ArticleAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    EditLocks(ArticleAccess access, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes the lease when it is free, lapsed or already this person's, and renews it then; otherwise
     * leaves it and says who holds it.
     */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    public EditLock claim(long id, String name) {
        var staff = SignedInStaff.current();
        access.editable(id, staff);
        var now = clock.instant();
        if (move(id, staff, name, now, false) == 0) {
            insertIfNone(id, staff.email(), name, now);
        }
        return holder(id, staff).orElseThrow();
    }

    /**
     * Moves the lease to this person, whoever held it; the one who held it sees so at their next
     * renewal. Pressing Save in the editor does this too.
     */
    @PreAuthorize("hasAuthority('WRITE_DRAFTS')")
    public EditLock takeOver(long id, String name) {
        var staff = SignedInStaff.current();
        access.editable(id, staff);
        if (move(id, staff, name, clock.instant(), true) == 0) {
            return claim(id, name);
        }
        return holder(id, staff).orElseThrow();
    }

    /** Somebody else's live lease on the article, if there is one: what stands in the way of saving. */
    Optional<EditLock> heldByAnother(long id, SignedInStaff staff) {
        return holder(id, staff).filter(lock -> !lock.mine());
    }

    /**
     * Gives the article's lease row to this person, renewed: whoever holds it when {@code evenIfHeld},
     * else only when it is theirs already or has lapsed. Returns 0 when it did not move (or there is no row).
     */
    private int move(long id, SignedInStaff staff, String name, Instant now, boolean evenIfHeld) {
        return jdbc.sql("""
                UPDATE article_edit_lease SET since = CASE WHEN held_by = :me THEN since ELSE :now END,
                  held_by = :me, holder_name = :name, renewed_at = :now
                WHERE article_id = :id AND (:evenIfHeld OR held_by = :me OR renewed_at < :lapsed)""")
                .param("me", staff.email()).param("name", name).param("now", now.atOffset(ZoneOffset.UTC))
                .param("evenIfHeld", evenIfHeld).param("lapsed", now.minus(LEASE).atOffset(ZoneOffset.UTC))
                .param("id", id)
                .update();
    }

    /** The lease as it stands, unless it has lapsed: a lapsed lease is as good as none. */
    private Optional<EditLock> holder(long id, SignedInStaff staff) {
        return jdbc.sql("SELECT held_by, holder_name, since FROM article_edit_lease"
                + " WHERE article_id = :id AND renewed_at >= :lapsed")
                .param("id", id).param("lapsed", clock.instant().minus(LEASE).atOffset(ZoneOffset.UTC))
                .query((row, number) -> new EditLock(row.getString("holder_name"),
                        row.getObject("since", OffsetDateTime.class).toInstant(),
                        staff.email().equals(row.getString("held_by"))))
                .optional();
    }

    /** A lease for an article nobody has open; when there is one, fresh and someone else's, it stays theirs. */
    private void insertIfNone(long id, String email, String name, Instant now) {
        try {
            jdbc.sql("""
                    INSERT INTO article_edit_lease (article_id, held_by, holder_name, since, renewed_at)
                    SELECT :id, :me, :name, :now, :now
                    WHERE NOT EXISTS (SELECT 1 FROM article_edit_lease WHERE article_id = :id)""")
                    .param("id", id).param("me", email).param("name", name).param("now", now.atOffset(ZoneOffset.UTC))
                    .update();
        }
        catch (DuplicateKeyException lostRace) {
            // Two people opened the article in the same instant, on different nodes; the other came first.
        }
    }
}
