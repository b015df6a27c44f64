/** The reader's side of donations: the Support page, Stripe's webhook, the supporters page. */
@NullMarked
package news.masthead.donations.web;

import org.jspecify.annotations.NullMarked;
