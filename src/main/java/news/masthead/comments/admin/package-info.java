/**
 * The moderators' desk: the comment queues with their filters and bulk actions, one comment in
 * full (edit, reply, close the article), commenters' data on request, and alerts of waiting
 * comments. Guarded by {@code MODERATE_COMMENTS}; commenters' data by the administrator's role.
 */
@NullMarked
package news.masthead.comments.admin;

import org.jspecify.annotations.NullMarked;
