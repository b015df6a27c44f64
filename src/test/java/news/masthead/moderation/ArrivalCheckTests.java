package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The checks of how a submission arrived that need no database, and how their findings add up. */
class ArrivalCheckTests {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final ModerationSettings settings = ModerationSettings.defaults();

    @Test
    void aFilledHoneypotIsSpamByItselfAndAnEmptyOneSaysNothing() {
        var check = new HoneypotCheck(settings.honeypotScore());

        assertThat(check.check(arrival("A fair point about the bridge.", Map.of(FormGuard.TRAP_FIELD, "http://x.example")))
                .reason().score()).isGreaterThanOrEqualTo(settings.spamAt());
        assertThat(check.check(arrival("A fair point about the bridge.", Map.of(FormGuard.TRAP_FIELD, ""))).reason()
                .score()).isZero();
        assertThat(check.check(arrival("A fair point about the bridge.", Map.of())).reason().score()).isZero();
    }

    @Test
    void spamListEntriesSendToSpamWhereverTheyAppear() {
        var rules = new ModerationRules(ModerationRules.HoldMode.NONE, 2, 3, List.of("cheap-watches.example", "203.0.113."),
                List.of("referendum"));
        var check = new RulesCheck(() -> rules);

        var byDomain = check.check(arrival("See https://cheap-watches.example/now", Map.of()));
        var byAddress = check.check(new Arrival("article-1", new Submission("Jo", "jo@example.net", "", "Hello"),
                "203.0.113.9", null, Map.of(), NOW));
        var held = check.check(arrival("What about the REFERENDUM on the harbour?", Map.of()));
        var clean = check.check(arrival("What about the harbour?", Map.of()));

        assertThat(byDomain.atLeast()).isEqualTo(Decision.SPAM);
        assertThat(byDomain.reason().text()).contains("cheap-watches.example");
        assertThat(byAddress.atLeast()).isEqualTo(Decision.SPAM);
        assertThat(held.atLeast()).isEqualTo(Decision.HOLD);
        assertThat(clean.atLeast()).isEqualTo(Decision.PUBLISH);
    }

    @Test
    void commentsWithTheRulesNumberOfLinksOrMoreAndEveryCommentUnderHoldAllWait() {
        var twoLinks = new RulesCheck(() -> new ModerationRules(ModerationRules.HoldMode.NONE, 2, 3, List.of(), List.of()));
        var holdAll = new RulesCheck(() -> new ModerationRules(ModerationRules.HoldMode.ALL, 0, 3, List.of(), List.of()));

        assertThat(twoLinks.check(arrival("See https://a.example.org and https://b.example.org", Map.of())).atLeast())
                .isEqualTo(Decision.HOLD);
        assertThat(twoLinks.check(arrival("See https://a.example.org", Map.of())).atLeast()).isEqualTo(Decision.PUBLISH);
        assertThat(holdAll.check(arrival("Well said.", Map.of())).atLeast()).isEqualTo(Decision.HOLD);
    }

    @Test
    void aRuleFloorStandsHoweverGoodTheScoreAndABrokenCheckIsASignal() {
        ArrivalCheck vouches = new ArrivalCheck() {
            public String name() {
                return "vouches";
            }

            public Finding check(Arrival arrival) {
                return Finding.of(name(), -20, "very good");
            }
        };
        ArrivalCheck holds = new RulesCheck(() -> new ModerationRules(ModerationRules.HoldMode.ALL, 0, 0, List.of(),
                List.of()));
        ArrivalCheck broken = new ArrivalCheck() {
            public String name() {
                return "broken";
            }

            public Finding check(Arrival arrival) {
                throw new IllegalStateException("service down");
            }
        };
        var content = new Verdict(Decision.PUBLISH, 0, List.of());

        var verdict = new ArrivalChecks(List.of(vouches, holds, broken), settings).check(arrival("Hi", Map.of()), content);

        assertThat(verdict.decision()).isEqualTo(Decision.HOLD);
        assertThat(verdict.score()).isEqualTo(-20 + settings.couldNotRunScore());
        assertThat(verdict.reasons()).extracting(Reason::check).containsExactly("vouches", "rules", "broken");
        assertThat(verdict.reasons().get(2).text()).isEqualTo("could not run: service down");
    }

    @Test
    void theSameTextWithAWordSwappedIsNearAndADifferentTextIsNot() {
        var original = "Great article! I learned so much from this post, thanks for sharing it with all of us here today.";
        var spun = "Great article! I learned so much from this post, thanks for sharing it with all of us here tonight.";
        var other = "The council should publish the dredging tender scores before the harbour board meets again.";

        assertThat(Similarity.near(Similarity.hash(original), Similarity.hash(spun))).isTrue();
        assertThat(Similarity.near(Similarity.hash(original), Similarity.hash(other))).isFalse();
        assertThat(Similarity.exact("Hello  World")).isEqualTo(Similarity.exact("hello world"));
        var spunHash = Similarity.hash(spun);
        assertThat(java.util.stream.IntStream.range(0, Similarity.BANDS)
                .filter(band -> Similarity.band(Similarity.hash(original), band) == Similarity.band(spunHash, band)))
                .as("bands in common").isNotEmpty();
    }

    private static Arrival arrival(String body, Map<String, String> signals) {
        return new Arrival("article-1", new Submission("Jo Reader", "jo@example.net", "", body), "198.51.100.7",
                "Mozilla/5.0", signals, NOW);
    }
}
