package news.masthead.donations;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import news.masthead.signing.Signatures;

/**
 * The link in a monthly donor's receipt that stops the gift. It names the gift and is signed for
 * that gift's subscription, so it cannot be changed to stop somebody else's.
 */
@Component
class CancelLinks {

    private static final String PURPOSE = "donations.cancel";

    private final Signatures signatures;

    CancelLinks(Signatures signatures) {
        this.signatures = signatures;
    }

    String path(MonthlyGift gift) {
        return UriComponentsBuilder.fromPath("/support/cancel")
                .queryParam("gift", gift.id())
                .queryParam("token", token(gift))
                .build().toUriString();
    }

    String token(MonthlyGift gift) {
        return signatures.sign(PURPOSE, value(gift));
    }

    boolean valid(MonthlyGift gift, String token) {
        return signatures.verify(PURPOSE, value(gift), token);
    }

    private static String value(MonthlyGift gift) {
        return gift.id() + ":" + gift.subscriptionId();
    }
}
