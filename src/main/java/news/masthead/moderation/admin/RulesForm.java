package news.masthead.moderation.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import news.masthead.moderation.ModerationRules;

/** The rules form as a moderator filled it in; the lists are typed one entry per line. */
public record RulesForm(
        @NotNull(message = "Please choose which comments wait for a moderator.") ModerationRules.@Nullable HoldMode holdMode,
        @NotNull(message = "Please give a number of links (0 for no limit).") @Min(value = 0, message = "Please give 0 or more.") @Max(value = 100, message = "Please give 100 or fewer.") @Nullable Integer holdLinks,
        @NotNull(message = "Please give a number of comments (0 for never).") @Min(value = 0, message = "Please give 0 or more.") @Max(value = 1000, message = "Please give 1000 or fewer.") @Nullable Integer trustedAfter,
        @Size(max = 20000, message = "Please keep the list under 20,000 characters.") String spamEntries,
        @Size(max = 20000, message = "Please keep the list under 20,000 characters.") String holdEntries) {

    public RulesForm {
        spamEntries = spamEntries == null ? "" : spamEntries;
        holdEntries = holdEntries == null ? "" : holdEntries;
    }

    static RulesForm of(ModerationRules rules) {
        return new RulesForm(rules.holdMode(), rules.holdLinks(), rules.trustedAfter(),
                String.join("\n", rules.spamEntries()), String.join("\n", rules.holdEntries()));
    }

    ModerationRules rules() {
        return new ModerationRules(holdMode == null ? ModerationRules.HoldMode.FIRST_TIME : holdMode,
                holdLinks == null ? 0 : holdLinks, trustedAfter == null ? 0 : trustedAfter,
                ModerationRules.lines(spamEntries), ModerationRules.lines(holdEntries));
    }
}
