package news.masthead.comments;

/** The comment a reader is reporting, as the report form quotes it: no address, body as escaped HTML. */
public record ReportedComment(long id, long articleId, String authorName, String bodyHtml) {
}
