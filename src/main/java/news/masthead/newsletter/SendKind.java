package news.masthead.newsletter;

/** What a send carries. */
public enum SendKind {
    /** One article, in full. */
    ARTICLE,
    /** Headlines and standfirsts of the articles published in a period. */
    DIGEST
}
