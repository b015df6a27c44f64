package news.masthead.moderation;

/**
 * One check's contribution to a verdict: positive scores point to spam, negative ones to a real
 * reader. The text is written for moderators.
 */
public record Reason(String check, double score, String text) {
}
