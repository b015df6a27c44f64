/**
 * The newsroom admin's frame, sign-in, first-start setup and dashboard. Other modules build their
 * admin pages on {@link news.masthead.accounts.admin.AdminLayouts} and list them with an
 * {@link news.masthead.accounts.admin.AdminLink} bean.
 */
@NullMarked
@NamedInterface("admin")
package news.masthead.accounts.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
