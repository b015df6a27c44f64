/**
 * The public site's pages. Other modules that serve reader-facing pages build them in the same
 * frame with {@link news.masthead.site.web.Layouts} and name what they show with
 * {@link news.masthead.site.web.SurrogateKeys}, so the page cache treats them like the site's own.
 */
@NullMarked
@NamedInterface("web")
package news.masthead.site.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
