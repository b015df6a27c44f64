package news.masthead.site;

import java.time.Instant;

/** A page outside the news flow, such as About; its body is sanitized HTML. */
public record StaticPage(String slug, String title, String summary, String bodyHtml, Instant updatedAt) {
}
