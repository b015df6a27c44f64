/**
 * The newsroom's newsletter pages (subscribers, sends with their progress, sending an article)
 * and the outbox of kept mail.
 */
@NullMarked
package news.masthead.newsletter.admin;

import org.jspecify.annotations.NullMarked;
