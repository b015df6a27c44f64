/** The public contact page. */
@NullMarked
package news.masthead.contact.web;

import org.jspecify.annotations.NullMarked;
