/** The newsroom's inbox of contact messages. */
@NullMarked
package news.masthead.contact.admin;

import org.jspecify.annotations.NullMarked;
