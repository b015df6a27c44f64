package news.masthead.comments;

import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.mail.OutgoingMail;
import news.masthead.mail.Postbox;
import news.masthead.publishing.ArticleManagement;
import news.masthead.signing.Signatures;

/**
 * "Notify me of replies by email": the reader confirms by a link first, so nobody can sign up a
 * stranger, and every message carries a link that stops them at once. Nobody's address is ever
 * shown to anyone else: a reply notice names the replier only.
 */
@Service
public class ReplyNotifications {

    private static final String CONFIRM = "comment-replies-confirm";
    private static final String STOP = "comment-replies-stop";

    private final JdbcClient jdbc;
    private final Postbox postbox;
    private final Signatures signatures;
    private final ArticleManagement articles;
    private final MailLinks links;
    private final Clock clock;

    ReplyNotifications(JdbcClient jdbc, Postbox postbox, Signatures signatures, ArticleManagement articles,
            MailLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.postbox = postbox;
        this.signatures = signatures;
        this.articles = articles;
        this.links = links;
        this.clock = clock;
    }

    /** Records the wish and asks the address to confirm it; a comment judged spam asks nothing. */
    @Transactional
    void request(Comment comment) {
        if (comment.status() == CommentStatus.SPAM || comment.authorEmail().isBlank()) {
            return;
        }
        jdbc.sql("INSERT INTO comment_reply_subscription (comment_id, email, confirmed, requested_at)"
                + " VALUES (:id, :email, FALSE, :at)")
                .param("id", comment.id())
                .param("email", comment.authorEmail())
                .param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
        var story = headline(comment.articleId());
        var confirm = links.to(path(comment.id(), "confirm", CONFIRM));
        postbox.send(OutgoingMail.of(comment.authorEmail(), "Confirm: e-mail me replies to my comment",
                "You asked to hear by e-mail when someone replies to your comment on \"" + story + "\".\n\n"
                        + "To confirm, open this link:\n" + confirm + "\n\n"
                        + "If you did not ask for this, ignore this message and you will hear nothing more.\n",
                "comment-reply-confirmation"));
    }

    /** Turns the wish on, if the link is genuine; false otherwise. */
    @Transactional
    public boolean confirm(long commentId, String token) {
        return signatures.verify(CONFIRM, Long.toString(commentId), token)
                && jdbc.sql("UPDATE comment_reply_subscription SET confirmed = TRUE WHERE comment_id = :id")
                        .param("id", commentId).update() > 0;
    }

    /** Stops all mail about replies to this comment, if the link is genuine; false otherwise. */
    @Transactional
    public boolean stop(long commentId, String token) {
        if (!signatures.verify(STOP, Long.toString(commentId), token)) {
            return false;
        }
        jdbc.sql("DELETE FROM comment_reply_subscription WHERE comment_id = :id").param("id", commentId).update();
        return true;
    }

    @ApplicationModuleListener
    void on(CommentApproved event) {
        var reply = jdbc.sql("SELECT c.parent_id, c.author_name, c.author_email, s.email FROM comment c"
                + " JOIN comment_reply_subscription s ON s.comment_id = c.parent_id"
                + " WHERE c.id = :id AND s.confirmed = TRUE")
                .param("id", event.commentId())
                .query((rs, n) -> new String[] { rs.getString("parent_id"), rs.getString("author_name"),
                        rs.getString("author_email"), rs.getString("email") })
                .optional();
        reply.filter(found -> !found[2].equalsIgnoreCase(found[3])).ifPresent(found -> {
            var parent = Long.parseLong(found[0]);
            var stop = links.to(path(parent, "stop", STOP));
            var text = found[1] + " replied to your comment on \"" + headline(event.articleId()) + "\":\n"
                    + links.to("/comments/" + event.commentId()) + "\n\n"
                    + "To stop these messages, open:\n" + stop + "\n";
            postbox.send(OutgoingMail.of(found[3], "New reply to your comment", text, "comment-reply")
                    .withHeader("List-Unsubscribe", "<" + stop + ">")
                    .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        });
    }

    private String path(long commentId, String action, String purpose) {
        return "/comments/" + commentId + "/replies/" + action + "?token="
                + signatures.sign(purpose, Long.toString(commentId));
    }

    private String headline(long articleId) {
        var story = articles.publishedByIds(List.of(articleId)).get(articleId);
        return story == null ? "a story" : story.headline();
    }
}
