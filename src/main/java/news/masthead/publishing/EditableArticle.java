package news.masthead.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An article open in the editor: its newest revision, where it stands, and what the person looking
 * at it may do with it.
 *
 * @param revision the number of the newest revision, which the draft shows
 * @param publishedRevision the revision readers see, if any
 */
public record EditableArticle(long id, ArticleStatus status, ArticleDraft draft, int revision,
        @Nullable Integer publishedRevision, @Nullable Instant scheduledFor, @Nullable String livePath,
        boolean mayEdit, boolean mayPublish) {

    /** Whether the draft holds edits readers do not see yet. */
    public boolean hasUnpublishedChanges() {
        return publishedRevision != null && publishedRevision != revision;
    }
}
