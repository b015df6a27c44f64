/** The newsroom admin's frame, sign-in, first-start setup and dashboard. */
@NullMarked
package news.masthead.accounts.admin;

import org.jspecify.annotations.NullMarked;
