@NullMarked
package news.masthead.publishing;

import org.jspecify.annotations.NullMarked;
