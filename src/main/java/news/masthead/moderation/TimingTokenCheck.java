package news.masthead.moderation;

import java.time.Duration;

/**
 * The signed form token: proof that the form was shown by this site, to this form, long enough
 * before it came back for a person to have typed in it, and not so long that it was kept for
 * reuse. A fresh token (fetched by the reader's browser) is good once on any node. A page's token is
 * shared by every reader the cached page went to, so only its reuse from the same address counts,
 * and a page may be old: its age is judged loosely.
 */
final class TimingTokenCheck implements ArrivalCheck {

    private final FormGuards guards;
    private final ArrivalStore store;
    private final Identities identities;
    private final ModerationSettings.Tokens settings;

    TimingTokenCheck(FormGuards guards, ArrivalStore store, Identities identities, ModerationSettings.Tokens settings) {
        this.guards = guards;
        this.store = store;
        this.identities = identities;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "form token";
    }

    @Override
    public Finding check(Arrival arrival) {
        var raw = arrival.signal(FormGuard.TOKEN_FIELD);
        if (raw.isBlank()) {
            return Finding.of(name(), 2, "no form token: the form was not taken from this site's page");
        }
        var read = guards.read(raw.strip());
        if (read.isEmpty()) {
            return Finding.of(name(), 4, "the form token was not issued by this site, or was changed");
        }
        var token = read.get();
        if (!token.form().equals(arrival.form())) {
            return Finding.of(name(), 3, "the form token belongs to another form (" + token.form() + ")");
        }
        var age = Duration.between(token.issuedAt(), arrival.at());
        if (age.compareTo(settings.minAge()) < 0) {
            return Finding.of(name(), 3, "sent " + Math.max(0, age.toMillis()) / 1000.0
                    + " s after the form was shown: faster than anyone types");
        }
        if (token.fresh()) {
            if (!store.spend(identities.token(token.raw()), arrival.at())) {
                return Finding.of(name(), 5, "the form token was already used");
            }
            if (age.compareTo(settings.freshMaxAge()) > 0) {
                return Finding.of(name(), 2, "the form was shown " + age.toHours() + " hours ago");
            }
            return Finding.of(name(), 0, "a fresh form token");
        }
        var address = identities.address(arrival.address());
        if (address != null && !store.spend(identities.token(token.raw() + "|" + address), arrival.at())) {
            return Finding.of(name(), 1.5, "the page's form token was used from this address before");
        }
        if (age.compareTo(settings.pageMaxAge()) > 0) {
            return Finding.of(name(), 1, "the page was shown " + age.toDays() + " days ago");
        }
        return Finding.of(name(), 0, "the page's form token");
    }
}
