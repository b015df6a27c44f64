/** Public endpoints of moderation: fresh form tokens. */
@NullMarked
package news.masthead.moderation.web;

import org.jspecify.annotations.NullMarked;
