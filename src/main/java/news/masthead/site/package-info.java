@NullMarked
package news.masthead.site;

import org.jspecify.annotations.NullMarked;
