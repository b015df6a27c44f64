/** The newsletter's reader pages: sign-up, confirmation, preferences and unsubscribe. */
@NullMarked
package news.masthead.newsletter.web;

import org.jspecify.annotations.NullMarked;
