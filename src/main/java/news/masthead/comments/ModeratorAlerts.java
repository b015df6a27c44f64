package news.masthead.comments;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.masthead.mail.OutgoingMail;
import news.masthead.mail.Postbox;
import news.masthead.publishing.ArticleManagement;

/**
 * Tells staff who asked that comments wait for them: moderators of every one, writers of those on
 * their own stories, at once or as a digest. The messages name the commenter but never carry
 * their e-mail address.
 */
@Service
public class ModeratorAlerts {

    private static final int DIGEST_LISTS = 20;

    private final JdbcClient jdbc;
    private final Postbox postbox;
    private final ArticleManagement articles;
    private final MailLinks links;
    private final CommentSettings settings;
    private final Clock clock;

    ModeratorAlerts(JdbcClient jdbc, Postbox postbox, ArticleManagement articles, MailLinks links,
            CommentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.postbox = postbox;
        this.articles = articles;
        this.links = links;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AlertPreference> preference(String email) {
        return jdbc.sql("SELECT * FROM comment_alert WHERE staff_email = :email").param("email", email)
                .query((rs, n) -> new AlertPreference(rs.getString("staff_email"), rs.getString("display_name"),
                        "MINE".equals(rs.getString("scope")), "DIGEST".equals(rs.getString("delivery"))))
                .optional();
    }

    @Transactional
    public void save(AlertPreference preference) {
        stop(preference.email());
        jdbc.sql("INSERT INTO comment_alert (staff_email, display_name, scope, delivery, last_sent_at)"
                + " VALUES (:email, :name, :scope, :delivery, :now)")
                .param("email", preference.email())
                .param("name", preference.displayName())
                .param("scope", preference.onlyMine() ? "MINE" : "ALL")
                .param("delivery", preference.digest() ? "DIGEST" : "IMMEDIATE")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Transactional
    public void stop(String email) {
        jdbc.sql("DELETE FROM comment_alert WHERE staff_email = :email").param("email", email).update();
    }

    /**
     * In the transaction that stores the comment, just before it commits: the alert is queued with
     * the comment or not at all. An asynchronous listener would cost every comment a row in the event
     * publication registry, a second transaction and a third write to complete it, even on the many
     * sites where no one asked for alerts.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(CommentSubmitted event) {
        alert(event.commentId());
    }

    /** Tells each staff member who wants to know at once, if the comment waits for moderation. */
    void alert(long commentId) {
        var wanting = preferences(false);
        if (wanting.isEmpty()) {
            return;
        }
        var waiting = jdbc.sql("SELECT id, article_id, author_name, body, submitted_at FROM comment"
                + " WHERE id = :id AND status = 'PENDING'")
                .param("id", commentId)
                .query((rs, n) -> waiting(rs))
                .optional();
        if (waiting.isEmpty()) {
            return;
        }
        var comment = waiting.get();
        var bylines = bylines(comment.articleId());
        for (var preference : wanting) {
            if (!preference.onlyMine() || bylines.contains(preference.displayName().toLowerCase())) {
                postbox.send(OutgoingMail.of(preference.email(), "A comment awaits moderation: " + comment.headline,
                        describe(comment) + "\nChange these messages: " + links.to("/admin/comment-alerts") + "\n",
                        "comment-alert"));
            }
        }
    }

    /**
     * Sends each digest that is due. A node claims a digest by moving its time on before it sends,
     * in the same transaction, so two nodes never send the same one.
     */
    @Scheduled(fixedDelayString = "${masthead.comments.digest-check-every:15m}", initialDelay = 60_000)
    @Transactional
    public int sendDueDigests() {
        var now = clock.instant();
        int sent = 0;
        for (var preference : preferences(true)) {
            var since = jdbc.sql("SELECT last_sent_at FROM comment_alert WHERE staff_email = :email")
                    .param("email", preference.email()).query(OffsetDateTime.class).single();
            if (since.toInstant().plus(settings.digestEvery()).isAfter(now)) {
                continue;
            }
            int claimed = jdbc.sql("UPDATE comment_alert SET last_sent_at = :now WHERE staff_email = :email"
                    + " AND last_sent_at = :since")
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("email", preference.email())
                    .param("since", since)
                    .update();
            var waiting = claimed == 0 ? List.<Waiting>of()
                    : jdbc.sql("SELECT id, article_id, author_name, body, submitted_at FROM comment"
                            + " WHERE status = 'PENDING' AND submitted_at >= :since ORDER BY submitted_at, id")
                            .param("since", since)
                            .query((rs, n) -> waiting(rs))
                            .list()
                            .stream()
                            .filter(comment -> !preference.onlyMine()
                                    || bylines(comment.articleId()).contains(preference.displayName().toLowerCase()))
                            .toList();
            if (!waiting.isEmpty()) {
                var text = new StringBuilder(waiting.size() + " new comments await moderation.\n\n");
                waiting.stream().limit(DIGEST_LISTS).forEach(comment -> text.append(describe(comment)).append('\n'));
                text.append("The queue: ").append(links.to("/admin/comments")).append('\n');
                postbox.send(OutgoingMail.of(preference.email(), waiting.size() + " comments await moderation",
                        text.toString(), "comment-digest"));
                sent++;
            }
        }
        return sent;
    }

    private List<AlertPreference> preferences(boolean digest) {
        return jdbc.sql("SELECT * FROM comment_alert WHERE delivery = :delivery")
                .param("delivery", digest ? "DIGEST" : "IMMEDIATE")
                .query((rs, n) -> new AlertPreference(rs.getString("staff_email"), rs.getString("display_name"),
                        "MINE".equals(rs.getString("scope")), digest))
                .list();
    }

    private List<String> bylines(long articleId) {
        var story = articles.publishedByIds(List.of(articleId)).get(articleId);
        var names = new ArrayList<String>();
        if (story != null) {
            story.authors().forEach(author -> names.add(author.name().toLowerCase()));
        }
        return names;
    }

    private Waiting waiting(java.sql.ResultSet rs) throws java.sql.SQLException {
        var articleId = rs.getLong("article_id");
        var story = articles.publishedByIds(List.of(articleId)).get(articleId);
        return new Waiting(rs.getLong("id"), articleId, story == null ? "a story" : story.headline(),
                rs.getString("author_name"), rs.getString("body"),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant());
    }

    private String describe(Waiting comment) {
        var excerpt = comment.text.length() <= 300 ? comment.text : comment.text.substring(0, 300) + "…";
        return comment.authorName + " on \"" + comment.headline + "\":\n" + excerpt + "\n"
                + "Moderate: " + links.to("/admin/comments/" + comment.id) + "\n";
    }

    private record Waiting(long id, long articleId, String headline, String authorName, String text, Instant at) {
    }
}
