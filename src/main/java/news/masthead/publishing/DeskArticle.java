package news.masthead.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line in the newsroom's lists of articles: enough to recognise a story and see where it stands. */
public record DeskArticle(long id, String headline, ArticleStatus status, String bylines, String sectionName,
        @Nullable Instant scheduledFor, @Nullable Instant publishedAt, @Nullable String createdBy) {

    public String editPath() {
        return "/admin/articles/" + id;
    }
}
