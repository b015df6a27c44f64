package news.masthead.moderation;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of moderation rules; the defaults until someone saves. */
@Repository
class RulesStore {

    private final JdbcClient jdbc;

    RulesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ModerationRules load() {
        return jdbc.sql("SELECT hold_mode, hold_links, trusted_after, spam_entries, hold_entries FROM moderation_rules"
                + " WHERE id = 1")
                .query((rs, n) -> new ModerationRules(ModerationRules.HoldMode.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3), ModerationRules.lines(rs.getString(4)), ModerationRules.lines(rs.getString(5))))
                .optional().orElse(ModerationRules.DEFAULTS);
    }

    void save(ModerationRules rules, Instant at) {
        var spam = String.join("\n", rules.spamEntries());
        var hold = String.join("\n", rules.holdEntries());
        int updated = jdbc.sql("UPDATE moderation_rules SET hold_mode = :mode, hold_links = :links,"
                + " trusted_after = :trusted, spam_entries = :spam, hold_entries = :hold, updated_at = :at WHERE id = 1")
                .param("mode", rules.holdMode().name()).param("links", rules.holdLinks())
                .param("trusted", rules.trustedAfter()).param("spam", spam).param("hold", hold)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO moderation_rules (id, hold_mode, hold_links, trusted_after, spam_entries,"
                    + " hold_entries, updated_at) VALUES (1, :mode, :links, :trusted, :spam, :hold, :at)")
                    .param("mode", rules.holdMode().name()).param("links", rules.holdLinks())
                    .param("trusted", rules.trustedAfter()).param("spam", spam).param("hold", hold)
                    .param("at", at.atOffset(ZoneOffset.UTC)).update();
        }
    }
}
