package news.masthead.newsletter;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import news.masthead.mail.Postbox;
import news.masthead.moderation.Decision;
import news.masthead.moderation.ModerationManagement;
import news.masthead.moderation.Submission;
import news.masthead.newsletter.SubscriberTokens.Use;

/**
 * The newsletter module's API for readers: signing up, confirming, choosing and leaving. A sign-up
 * always looks the same from outside, whether the address is new, waiting, subscribed or a bot's:
 * what differs is only which mail (if any) goes to the address itself.
 */
@Service
public class NewsletterManagement {

    private static final Logger log = LoggerFactory.getLogger(NewsletterManagement.class);

    private final Subscribers subscribers;
    private final SubscriberTokens tokens;
    private final NewsletterMails mails;
    private final Postbox postbox;
    private final ModerationManagement moderation;
    private final NewsletterSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsletterManagement(Subscribers subscribers, SubscriberTokens tokens, NewsletterMails mails, Postbox postbox,
            ModerationManagement moderation, NewsletterSettings settings, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.mails = mails;
        this.postbox = postbox;
        this.moderation = moderation;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    public void signUp(SignUp signUp) {
        if (!signUp.website().isBlank()) {
            log.info("Newsletter sign-up dropped: the hidden field was filled in");
            return;
        }
        var verdict = moderation.check(new Submission(null, signUp.email(), null, null));
        if (verdict.decision() == Decision.SPAM || verdict.decision() == Decision.DISCARD) {
            log.info("Newsletter sign-up dropped as spam (score {})", verdict.score());
            return;
        }
        try {
            transactions.executeWithoutResult(status -> record(signUp));
        }
        catch (DuplicateKeyException sameAddressAtOnce) {
            // Another request created the row a moment ago; this one now finds and updates it.
            transactions.executeWithoutResult(status -> record(signUp));
        }
    }

    private void record(SignUp signUp) {
        var now = clock.instant();
        var subscriber = subscribers.lock(signUp.email())
                .map(found -> found.status() == SubscriberStatus.CONFIRMED ? found
                        : found.signUpAgain().withPreferences(signUp.frequency(), signUp.sections()))
                .orElseGet(() -> subscribers.save(Subscriber.signUp(signUp.email(), signUp.frequency(),
                        signUp.sections(), now)));
        if (!subscriber.mayBeNoticed(now, settings.noticesPerDay())) {
            subscribers.save(subscriber);
            log.info("Newsletter sign-up {} not mailed: the address had enough mail from us today", subscriber.id());
            return;
        }
        var mail = subscriber.status() == SubscriberStatus.CONFIRMED ? mails.alreadySubscribed(subscriber)
                : mails.confirmation(subscriber);
        subscribers.save(subscriber.noticed(now));
        postbox.send(mail);
    }

    /** Confirms a waiting subscription; answers the token for the reader's preference page. */
    public Optional<String> confirm(String token) {
        return transactions.execute(status -> tokens.resolve(Use.CONFIRM, token)
                .filter(found -> found.status() != SubscriberStatus.UNSUBSCRIBED)
                .map(found -> {
                    if (found.status() == SubscriberStatus.PENDING) {
                        var confirmed = subscribers.save(found.confirm(clock.instant()));
                        events.publishEvent(new SubscriptionConfirmed(confirmed.id(), confirmed.frequency()));
                    }
                    return tokens.issue(Use.MANAGE, found);
                }));
    }

    public Optional<Preferences> preferences(String token) {
        return tokens.resolve(Use.MANAGE, token)
                .map(found -> new Preferences(token, found.status(), found.frequency(), found.sections()));
    }

    public boolean savePreferences(String token, Frequency frequency, Set<Long> sections) {
        return Boolean.TRUE.equals(transactions.execute(status -> tokens.resolve(Use.MANAGE, token)
                .map(found -> subscribers.save(found.withPreferences(frequency, sections)))
                .isPresent()));
    }

    /** One-click unsubscribe; the preference page's token works too. Answers whether the token was good. */
    public boolean unsubscribe(String token) {
        return Boolean.TRUE.equals(transactions.execute(status -> tokens.resolve(Use.UNSUBSCRIBE, token)
                .or(() -> tokens.resolve(Use.MANAGE, token))
                .map(found -> subscribers.save(found.unsubscribe(clock.instant())))
                .isPresent()));
    }

    public Map<SubscriberStatus, Long> subscriberCounts() {
        return subscribers.counts();
    }
}
