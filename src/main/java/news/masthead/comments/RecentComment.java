package news.masthead.comments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An approved comment with the article it was left on, as comment feeds show it. Like
 * {@link PublishedComment}, it holds no e-mail address; the body is already escaped HTML.
 */
public record RecentComment(long id, long articleId, String authorName, @Nullable String authorUrl, String bodyHtml,
        Instant submittedAt) {
}
