@NullMarked
package news.masthead.comments;

import org.jspecify.annotations.NullMarked;
