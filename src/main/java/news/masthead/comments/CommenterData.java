package news.masthead.comments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the site holds on one commenter, as handed to them on request (as JSON). Only for an
 * administrator and the commenter themselves.
 */
public record CommenterData(String email, Instant exportedAt, List<HeldComment> comments,
        List<EarlierText> earlierTexts, List<ReplySubscription> replySubscriptions) {

    public record HeldComment(long id, long articleId, String name, @Nullable String website, String text,
            @Nullable Instant submittedAt, String status, @Nullable String networkAddress,
            @Nullable String browser, @Nullable Long inReplyTo, @Nullable Instant editedAt) {
    }

    /** A comment's text before a moderator changed it. */
    public record EarlierText(long commentId, @Nullable Instant changedAt, String text) {
    }

    public record ReplySubscription(long commentId, boolean confirmed, @Nullable Instant requestedAt) {
    }
}
