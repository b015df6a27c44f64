package news.masthead.moderation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The rules a newsroom sets for its comments, edited in the admin. The lists hold one entry per
 * line: a word or phrase, a name, an e-mail address, an IP address (or its start, such as
 * {@code 203.0.113.}) or a domain; an entry matches when it appears in the comment, the name, the
 * e-mail address, the website, the address or the browser's name, ignoring case.
 *
 * @param holdMode which comments wait for a moderator whatever the checks say
 * @param holdLinks a comment with this many links or more waits for a moderator (0: no limit)
 * @param trustedAfter a commenter with this many approved comments and no spam is trusted (0: never)
 * @param spamEntries entries that send a comment to spam
 * @param holdEntries entries that send a comment to the queue
 */
public record ModerationRules(HoldMode holdMode, int holdLinks, int trustedAfter, List<String> spamEntries,
        List<String> holdEntries) {

    /** Like WordPress out of the box: a commenter's first comment waits for a moderator. */
    public static final ModerationRules DEFAULTS = new ModerationRules(HoldMode.FIRST_TIME, 2, 3, List.of(),
            List.of());

    public enum HoldMode {
        /** Every comment waits for a moderator. */
        ALL,
        /** Comments from anyone without an approved comment wait. */
        FIRST_TIME,
        /** Only what the checks find suspicious waits. */
        NONE
    }

    public ModerationRules {
        holdLinks = Math.max(0, holdLinks);
        trustedAfter = Math.max(0, trustedAfter);
        spamEntries = clean(spamEntries);
        holdEntries = clean(holdEntries);
    }

    /** Entries from text typed one per line; blank lines and repeats go. */
    public static List<String> lines(String text) {
        return clean(Arrays.asList(text.split("\r?\n")));
    }

    private static List<String> clean(List<String> entries) {
        return entries.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).distinct()
                .limit(2000).toList();
    }
}
