package news.masthead.moderation;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The door before the checks: at most so many submissions per address and per e-mail within the
 * window, and never the same text twice from the same sender to the same form. What it refuses is
 * told to the sender, who can wait or change the text; nothing is stored.
 */
@Component
class FloodControl {

    /** How far back a repeated text is refused. */
    static final Duration REPEATS = Duration.ofDays(30);

    private final ArrivalStore store;
    private final Identities identities;
    private final ModerationSettings.Flood settings;

    FloodControl(ArrivalStore store, Identities identities, ModerationSettings settings) {
        this.store = store;
        this.identities = identities;
        this.settings = settings.flood();
    }

    void admit(Arrival arrival, String bodyHash) {
        var addressKey = identities.address(arrival.address());
        var emailKey = identities.email(arrival.submission().email());
        if (settings.limit() > 0) {
            var recent = store.recent(addressKey, emailKey, arrival.at().minus(settings.window()));
            if (recent.byAddress() >= settings.limit() || recent.byEmail() >= settings.limit()) {
                throw new SubmissionRefused(true, "You are posting too quickly. Please wait "
                        + settings.window().toSeconds() + " seconds and send it again.");
            }
        }
        if (store.repeated(arrival.form(), bodyHash, addressKey, emailKey, arrival.at().minus(REPEATS))) {
            throw new SubmissionRefused(false, "You have already sent this. It is not posted twice.");
        }
    }
}
