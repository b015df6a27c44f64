package news.masthead.comments;

import java.time.Instant;

/** A moderator's change to a comment's text, with the text as it was before. */
public record CommentEdit(String editedBy, Instant editedAt, String before) {
}
