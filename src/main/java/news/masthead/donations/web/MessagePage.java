package news.masthead.donations.web;

import org.jspecify.annotations.Nullable;

import news.masthead.site.web.Layout;

/**
 * A short page after a step of giving: thanks after Stripe, a monthly gift's cancel question and
 * its answer.
 *
 * @param cancelAction when set, the page asks to confirm cancelling and posts these hidden values
 */
public record MessagePage(Layout layout, String heading, String message, @Nullable CancelAction cancelAction) {

    public record CancelAction(long gift, String token) {
    }
}
