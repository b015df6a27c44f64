package news.masthead.donations;

/** An editor changed or removed the extra line of the appeal under one article. */
public record AppealLineChanged(long articleId) {
}
