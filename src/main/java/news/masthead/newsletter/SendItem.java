package news.masthead.newsletter;

import org.jspecify.annotations.Nullable;

/** An article in a send, as it was when the send was queued; the body only for an article sent whole. */
record SendItem(long articleId, long sectionId, String headline, String standfirst, String path,
        @Nullable String bodyHtml) {
}
