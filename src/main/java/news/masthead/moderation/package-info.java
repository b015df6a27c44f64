/**
 * Spam defence: independent checks that each give a score and a reason, a verdict from their
 * total, and a text classifier that learns from every moderator decision. The root package is the
 * module's API ({@link news.masthead.moderation.ModerationManagement} and its value types).
 */
@NullMarked
package news.masthead.moderation;

import org.jspecify.annotations.NullMarked;
