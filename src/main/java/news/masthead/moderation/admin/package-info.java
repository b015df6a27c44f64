/** The newsroom's pages for moderation: the rules. */
@NullMarked
package news.masthead.moderation.admin;

import org.jspecify.annotations.NullMarked;
