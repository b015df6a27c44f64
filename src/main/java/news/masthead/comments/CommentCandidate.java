package news.masthead.comments;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A comment as it arrives, before anything is stored: what screening judges. {@code signals} are
 * the extra fields the form carries for that purpose (hidden fields, tokens), by name.
 */
public record CommentCandidate(long articleId, String authorName, String authorEmail, @Nullable String authorUrl,
        String body, @Nullable String address, @Nullable String userAgent, Map<String, String> signals,
        Instant submittedAt) {

    public CommentCandidate {
        signals = Map.copyOf(signals);
    }
}
