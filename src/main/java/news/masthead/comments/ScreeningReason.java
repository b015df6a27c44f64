package news.masthead.comments;

/** One check's contribution to a verdict: which check, how much it counted, and why. */
public record ScreeningReason(String check, double score, String explanation) {
}
