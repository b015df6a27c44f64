package news.masthead.newsletter;

import java.util.Optional;

import org.springframework.stereotype.Component;

import news.masthead.signing.Signatures;

/**
 * The signed tokens in newsletter links: {@code <subscriber id>-<signature>}. The signature covers
 * the id and the address, and each use has its own purpose, so a token cannot be turned into
 * another subscriber's or stretched to another action. A token that does not verify finds nobody.
 */
@Component
class SubscriberTokens {

    enum Use {
        CONFIRM("newsletter-confirm"), MANAGE("newsletter-manage"), UNSUBSCRIBE("newsletter-unsubscribe");

        private final String purpose;

        Use(String purpose) {
            this.purpose = purpose;
        }
    }

    private final Signatures signatures;
    private final Subscribers subscribers;

    SubscriberTokens(Signatures signatures, Subscribers subscribers) {
        this.signatures = signatures;
        this.subscribers = subscribers;
    }

    String issue(Use use, Subscriber subscriber) {
        return subscriber.id() + "-" + signatures.sign(use.purpose, subscriber.id() + ":" + subscriber.email());
    }

    Optional<Subscriber> resolve(Use use, String token) {
        int dash = token.indexOf('-');
        if (dash < 1 || dash > 19 || token.length() > 100) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, dash));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
        var signature = token.substring(dash + 1);
        return subscribers.byId(id)
                .filter(found -> signatures.verify(use.purpose, found.id() + ":" + found.email(), signature));
    }
}
