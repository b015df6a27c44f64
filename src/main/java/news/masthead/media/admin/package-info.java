/**
 * The media library's pages in the newsroom admin. A module of its own inside media: it sits in
 * the admin's frame (accounts), and accounts reaches media through publishing.
 */
@ApplicationModule(displayName = "Media admin")
@NullMarked
package news.masthead.media.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
