package news.masthead.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.masthead.mail.OutgoingMail;
import news.masthead.mail.Postbox;
import news.masthead.moderation.ModerationManagement;
import news.masthead.moderation.Submission;
import news.masthead.site.SiteManagement;

/**
 * The contact module's API. A message is always kept, with the spam engine's verdict; only one that
 * is not spam is mailed to the newsroom and copied to its sender, in the same transaction, so the
 * inbox and the mail never disagree.
 */
@Service
public class ContactManagement {

    static final String PURPOSE = "contact";

    private final JdbcClient jdbc;
    private final Postbox postbox;
    private final ModerationManagement moderation;
    private final SiteManagement site;
    private final ContactSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactManagement(JdbcClient jdbc, Postbox postbox, ModerationManagement moderation, SiteManagement site,
            ContactSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.postbox = postbox;
        this.moderation = moderation;
        this.site = site;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Keeps a valid form's message and, unless it is spam, sends it on. */
    @Transactional
    public void receive(ContactForm form) {
        var verdict = form.website().isBlank()
                ? moderation.check(new Submission(form.name(), form.email(), null, form.subject() + "\n\n" + form.message()))
                : null;
        var decision = verdict == null ? "DISCARD" : verdict.decision().name();
        var now = clock.instant();
        int earlier = jdbc.sql("SELECT COUNT(*) FROM contact_messages WHERE sender_email = :email AND received_at > :since")
                .param("email", form.email())
                .param("since", utc(now.minus(Duration.ofDays(1))))
                .query(Integer.class)
                .single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO contact_messages (sender_name, sender_email, subject, body, verdict, score, received_at)
                VALUES (:name, :email, :subject, :body, :verdict, :score, :now)""")
                .param("name", form.name())
                .param("email", form.email())
                .param("subject", form.subject())
                .param("body", form.message())
                .param("verdict", decision)
                .param("score", verdict == null ? 1.0 : verdict.score())
                .param("now", utc(now))
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey()).longValue();
        if ("SPAM".equals(decision) || "DISCARD".equals(decision)) {
            return;
        }
        var title = site.settings().title();
        var to = settings.to() == null || settings.to().isBlank() ? site.settings().contactEmail() : settings.to();
        postbox.send(OutgoingMail.of(to, "[Contact] " + form.subject(), """
                From: %s <%s>
                Subject: %s

                %s
                """.formatted(form.name(), form.email(), form.subject(), form.message()), PURPOSE)
                .withHeader("Reply-To", form.email()));
        if (earlier < settings.copiesPerDay()) {
            postbox.send(OutgoingMail.of(form.email(), "Your message to " + title + ": " + form.subject(), """
                    Thank you for writing to %s. This is a copy of your message; we read every one.

                    Subject: %s

                    %s
                    """.formatted(title, form.subject(), form.message()), PURPOSE));
        }
        events.publishEvent(new ContactReceived(id));
    }

    /** The newest messages first, for the admin inbox. */
    @Transactional(readOnly = true)
    public List<ContactMessage> recent(int limit) {
        return jdbc.sql("SELECT * FROM contact_messages ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, row) -> map(rs))
                .list();
    }

    private static ContactMessage map(ResultSet rs) throws SQLException {
        return new ContactMessage(rs.getLong("id"), rs.getString("sender_name"), rs.getString("sender_email"),
                rs.getString("subject"), rs.getString("body"), rs.getString("verdict"), rs.getDouble("score"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
