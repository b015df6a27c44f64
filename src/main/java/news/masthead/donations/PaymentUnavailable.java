package news.masthead.donations;

import org.jspecify.annotations.Nullable;

/**
 * Stripe could not be asked, or said no: the reader is told to try again later, and nothing was
 * recorded. Checked, so that every caller decides what the reader sees.
 */
public class PaymentUnavailable extends Exception {

    PaymentUnavailable(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
