/**
 * The newsroom's staff: who they are, what role each holds, how they sign in, and how the first
 * administrator is created on a new site.
 */
@NullMarked
package news.masthead.accounts;

import org.jspecify.annotations.NullMarked;
