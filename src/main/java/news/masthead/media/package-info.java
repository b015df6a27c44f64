@NullMarked
package news.masthead.media;

import org.jspecify.annotations.NullMarked;
