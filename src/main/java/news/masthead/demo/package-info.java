@NullMarked
package news.masthead.demo;

import org.jspecify.annotations.NullMarked;
