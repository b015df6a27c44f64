/**
 * The newsroom's pages for articles: the list, the editor, revisions and the workflow buttons.
 * A module of its own inside publishing, because it sits in the admin's frame (accounts), while
 * the admin's dashboard in turn asks publishing what needs attention: as part of publishing it
 * would close that circle.
 */
@ApplicationModule(displayName = "Publishing admin")
@NullMarked
package news.masthead.publishing.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
