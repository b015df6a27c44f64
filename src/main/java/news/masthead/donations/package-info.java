/**
 * Reader donations: the Support page, payments through Stripe Checkout, the ledger, and the line
 * that the appeal under an article may carry. A donation exists only once Stripe's signed webhook
 * says it was paid; nothing a reader's browser sends can create one.
 */
@NullMarked
package news.masthead.donations;

import org.jspecify.annotations.NullMarked;
