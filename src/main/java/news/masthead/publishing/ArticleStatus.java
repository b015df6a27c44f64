package news.masthead.publishing;

public enum ArticleStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
