package news.masthead.moderation;

import java.time.Duration;

/**
 * How busy the sender has been over the last hour, by address and by e-mail. Flood control has
 * already refused anything faster than its limit; this counts a steady stream against the sender.
 */
final class RateCheck implements ArrivalCheck {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int USUAL = 4;

    private final ArrivalStore store;
    private final Identities identities;

    RateCheck(ArrivalStore store, Identities identities) {
        this.store = store;
        this.identities = identities;
    }

    @Override
    public String name() {
        return "rate";
    }

    @Override
    public Finding check(Arrival arrival) {
        var recent = store.recent(identities.address(arrival.address()), identities.email(arrival.submission().email()),
                arrival.at().minus(WINDOW));
        int most = Math.max(recent.byAddress(), recent.byEmail());
        if (most < USUAL) {
            return Finding.of(name(), 0, most + " other submissions in the last hour");
        }
        return Finding.of(name(), Math.min(4, 0.5 * (most - USUAL + 1)), recent.byAddress() + " from this address and "
                + recent.byEmail() + " from this e-mail in the last hour");
    }
}
