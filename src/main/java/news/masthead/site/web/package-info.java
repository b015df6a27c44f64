/**
 * The public site's pages and their frame. Other modules that serve reader pages (the contact form,
 * newsletter sign-up) build them on {@link news.masthead.site.web.Layouts} so every page shares the
 * masthead, navigation and footer.
 */
@NullMarked
@NamedInterface("web")
package news.masthead.site.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
