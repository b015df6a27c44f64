package news.masthead.comments;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment as the public sees it. It holds no e-mail address, so no page can show one. The body
 * is already escaped HTML.
 */
public record PublishedComment(long id, String authorName, @Nullable String authorUrl, String bodyHtml,
        Instant submittedAt, boolean awaitingModeration) {
}
