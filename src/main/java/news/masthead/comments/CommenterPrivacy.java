package news.masthead.comments;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the site holds on a commenter, and letting it go: network addresses and browsers are kept
 * only as long as moderation needs them, and an administrator can hand someone everything held on
 * them or erase it.
 */
@Service
public class CommenterPrivacy {

    private final CommentRepository comments;
    private final JdbcClient jdbc;
    private final CommentSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommenterPrivacy(CommentRepository comments, JdbcClient jdbc, CommentSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Removes addresses and browsers older than the retention period. Every node may run it: the
     * update is the same whoever runs it, and a second run finds nothing left to do.
     */
    @Scheduled(fixedDelayString = "${masthead.comments.forget-addresses-every:1h}", initialDelay = 60_000)
    @Transactional
    public int forgetOldAddresses() {
        var cutoff = clock.instant().minus(settings.keepAddressesFor()).atOffset(ZoneOffset.UTC);
        return jdbc.sql("UPDATE comment SET address = NULL, user_agent = NULL WHERE submitted_at < :cutoff"
                + " AND (address IS NOT NULL OR user_agent IS NOT NULL)")
                .param("cutoff", cutoff)
                .update();
    }

    /** Everything held on the commenter with this address, for a subject access request. */
    @Transactional(readOnly = true)
    public CommenterData export(String email) {
        var address = normalized(email);
        var held = jdbc.sql("SELECT * FROM comment WHERE LOWER(author_email) = :email ORDER BY submitted_at, id")
                .param("email", address)
                .query((rs, n) -> {
                    var id = rs.getLong("id");
                    return new CommenterData.HeldComment(id, rs.getLong("article_id"), rs.getString("author_name"),
                            rs.getString("author_url"), rs.getString("body"), instant(rs.getObject("submitted_at",
                                    OffsetDateTime.class)), rs.getString("status"), rs.getString("address"),
                            rs.getString("user_agent"), rs.getObject("parent_id", Long.class),
                            instant(rs.getObject("edited_at", OffsetDateTime.class)));
                })
                .list();
        var edits = held.isEmpty() ? List.<CommenterData.EarlierText>of()
                : jdbc.sql("SELECT comment_id, edited_at, before_body FROM comment_edit WHERE comment_id IN (:ids)"
                        + " ORDER BY id")
                        .param("ids", held.stream().map(CommenterData.HeldComment::id).toList())
                        .query((rs, n) -> new CommenterData.EarlierText(rs.getLong("comment_id"),
                                instant(rs.getObject("edited_at", OffsetDateTime.class)), rs.getString("before_body")))
                        .list();
        var subscriptions = jdbc.sql("SELECT comment_id, confirmed, requested_at FROM comment_reply_subscription"
                + " WHERE LOWER(email) = :email ORDER BY comment_id")
                .param("email", address)
                .query((rs, n) -> new CommenterData.ReplySubscription(rs.getLong("comment_id"),
                        rs.getBoolean("confirmed"), instant(rs.getObject("requested_at", OffsetDateTime.class))))
                .list();
        return new CommenterData(address, clock.instant(), held, edits, subscriptions);
    }

    /**
     * Erases the commenter: their name, address, website and network details go from every comment
     * (which stay, as "Anonymous") or the comments go too. A removed comment that others answered
     * stays as an empty placeholder so that the replies keep their place. Returns how many comments
     * were touched.
     */
    @Transactional
    public int erase(String email, boolean removeComments) {
        var address = normalized(email);
        if (address.isEmpty()) {
            return 0;
        }
        var ids = jdbc.sql("SELECT id FROM comment WHERE LOWER(author_email) = :email").param("email", address)
                .query(Long.class).list();
        var articleIds = new java.util.TreeSet<Long>();
        for (var comment : comments.findAllById(ids)) {
            articleIds.add(comment.articleId());
            var answered = jdbc.sql("SELECT COUNT(*) FROM comment WHERE parent_id = :id").param("id", comment.id())
                    .query(Long.class).single() > 0;
            if (!removeComments) {
                comments.save(comment.anonymise());
            }
            else if (answered) {
                comments.save(comment.withdrawText());
            }
            else {
                comments.delete(comment);
            }
        }
        if (!ids.isEmpty() && removeComments) {
            jdbc.sql("DELETE FROM comment_edit WHERE comment_id IN (:ids)").param("ids", ids).update();
            jdbc.sql("DELETE FROM comment_report WHERE comment_id IN (:ids) AND comment_id NOT IN (SELECT id FROM comment)")
                    .param("ids", ids).update();
        }
        jdbc.sql("DELETE FROM comment_reply_subscription WHERE LOWER(email) = :email").param("email", address).update();
        if (!articleIds.isEmpty()) {
            events.publishEvent(new CommenterErased(List.copyOf(articleIds)));
        }
        return ids.size();
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
