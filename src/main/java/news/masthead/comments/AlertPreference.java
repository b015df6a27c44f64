package news.masthead.comments;

/**
 * How a staff member hears of comments waiting for moderation.
 *
 * @param onlyMine only comments on stories bylined with the staff member's name
 * @param digest one message now and then listing what arrived, rather than one per comment
 */
public record AlertPreference(String email, String displayName, boolean onlyMine, boolean digest) {
}
