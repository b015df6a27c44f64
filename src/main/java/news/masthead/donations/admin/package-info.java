/** The newsroom's side of donations: the ledger, its export, and the appeal lines. */
@NullMarked
package news.masthead.donations.admin;

import org.jspecify.annotations.NullMarked;
