/**
 * The contact form: a reader's message reaches the newsroom twice, in the admin inbox and by
 * e-mail to the newsroom's address, after the spam engine has looked at it; the sender gets a copy.
 */
@NullMarked
package news.masthead.contact;

import org.jspecify.annotations.NullMarked;
