package news.masthead.moderation;

import java.time.Duration;

/**
 * The same text, give or take a few words, sent by other people across the site lately: the mark
 * of a campaign. Short texts ("Thanks!", "Well said.") are said by many real readers and do not count.
 */
final class RepeatedTextCheck implements ArrivalCheck {

    static final Duration WINDOW = Duration.ofDays(14);
    private static final int SHORTEST = 40;
    /** Past this many the score no longer grows, so the count stops there. */
    static final int MOST = 10;

    private final ArrivalStore store;
    private final Identities identities;

    RepeatedTextCheck(ArrivalStore store, Identities identities) {
        this.store = store;
        this.identities = identities;
    }

    @Override
    public String name() {
        return "repeated text";
    }

    @Override
    public Finding check(Arrival arrival) {
        var body = arrival.submission().body();
        if (body.length() < SHORTEST) {
            return Finding.of(name(), 0, "too short to compare");
        }
        int others = store.similarFromOthers(Similarity.hash(body), identities.email(arrival.submission().email()),
                arrival.at().minus(WINDOW), MOST);
        if (others == 0) {
            return Finding.of(name(), 0, "not seen before");
        }
        var senders = others >= MOST ? MOST + " or more other senders"
                : others + (others == 1 ? " other sender" : " other senders");
        return Finding.of(name(), Math.min(5, 2 + others), "nearly the same text came from " + senders + " in the last "
                + WINDOW.toDays() + " days");
    }
}
