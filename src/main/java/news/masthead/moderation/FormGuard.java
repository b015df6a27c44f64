package news.masthead.moderation;

/**
 * The hidden fields a public form carries for screening: a honeypot that people never see and bots
 * fill in, and a signed token saying which form it is and when it was shown. The token is rendered
 * into the page, which the page cache serves to every reader, so it also says it came from a page;
 * a small script may swap it for a fresh one from {@code refreshPath}, which is single-use.
 *
 * @param form the form's name, such as {@code article-42}
 * @param token the token to put in the {@link #TOKEN_FIELD} field
 * @param refreshPath where a script gets a fresh token for this form
 */
public record FormGuard(String form, String token, String refreshPath) {

    /** The honeypot: a field no person sees, so anything in it was typed by a program. */
    public static final String TRAP_FIELD = "homepage";
    public static final String TOKEN_FIELD = "form-token";

    /** The name of the comment form under an article. */
    public static String commentForm(long articleId) {
        return "article-" + articleId;
    }

    public String trapField() {
        return TRAP_FIELD;
    }

    public String tokenField() {
        return TOKEN_FIELD;
    }
}
