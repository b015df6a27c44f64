/**
 * The newsletter: readers sign up with double opt-in, choose sections and how often they hear from
 * us, and leave with one click; articles and digests go out through a queue with a row per
 * recipient, so a send survives a crash without mailing anyone twice. Staff read the outbox here
 * too, because the mail module sits below accounts and cannot build admin pages itself.
 */
@NullMarked
package news.masthead.newsletter;

import org.jspecify.annotations.NullMarked;
