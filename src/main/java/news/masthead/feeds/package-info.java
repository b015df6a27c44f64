/**
 * Feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site, its sections, tags and authors, comment
 * feeds, and the sitemaps search engines read. Everything here is derived from published articles
 * and approved comments, rendered on request and kept by the page cache until what it lists changes.
 */
@NullMarked
package news.masthead.feeds;

import org.jspecify.annotations.NullMarked;
