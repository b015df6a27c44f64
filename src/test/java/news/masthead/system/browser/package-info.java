/**
 * The public site as readers meet it: in a real browser, and through the HTML and accessibility
 * checkers that browsers and assistive technology rely on.
 */
@NullMarked
package news.masthead.system.browser;

import org.jspecify.annotations.NullMarked;
