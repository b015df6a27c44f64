/**
 * The audit log: which staff member did what, and when. Every module that lets staff change
 * something records it here; administrators read it in the admin.
 */
@NullMarked
package news.masthead.audit;

import org.jspecify.annotations.NullMarked;
