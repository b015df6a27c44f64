/**
 * Delivery: public pages rendered once and served from memory, HTTP caching for browsers and CDNs,
 * and exact invalidation on every node when something a page shows changes.
 */
@NullMarked
package news.masthead.delivery;

import org.jspecify.annotations.NullMarked;
