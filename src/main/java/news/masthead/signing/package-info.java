@NullMarked
package news.masthead.signing;

import org.jspecify.annotations.NullMarked;
