package news.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Moderation with its database: the shared model, learning and retraining. Runs on H2 and PostgreSQL. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = {"masthead.demo.enabled=false", "masthead.moderation.refresh-every=0s"})
abstract class ModerationIntegrationTests {

    @Autowired
    ModerationManagement moderation;

    @Autowired
    ModelStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final Submission pitch = new Submission("Growth Hacker", "gh@example.biz", "",
            "Wonderful write-up! Our agency doubles your traffic, details at https://traffic-doubler.example.biz");

    @Test
    void aStoredModelExistsFromTheFirstStart() {
        assertThat(store.state()).isPresent();
    }

    @Test
    void everyDecisionIsKeptAndChangesTheSharedModelAtOnce() {
        var novel = new Submission("Quinn", "quinn@example.net", "", "Zorbly quartz wibbles the fennel kazoo.");
        double before = moderation.check(novel).score();
        long revision = store.state().orElseThrow().revision();

        moderation.learn(novel, true);
        moderation.learn(novel, true);

        assertThat(moderation.check(novel).score()).isGreaterThan(before);
        assertThat(store.state().orElseThrow().revision()).isEqualTo(revision + 2);
        assertThat(store.decisions()).extracting(LabelledComments.Labelled::spam).contains(true);
    }

    @Test
    void anotherNodeReadsTheSameWeights() {
        moderation.learn(pitch, true);
        var other = new SpamClassifier();
        store.loadWeights(other, 0);
        other.setBias(store.state().orElseThrow().bias());
        var features = TextFeatures.of(pitch);

        assertThat(other.probability(features)).isCloseTo(probabilityHere(features),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void learnedHostsCountAgainstLaterLinks() {
        moderation.learn(pitch, true);
        moderation.learn(pitch, true);

        var verdict = moderation.check(new Submission("Sam", "sam@example.net", "",
                "Interesting. See https://traffic-doubler.example.biz/more for more."));

        assertThat(verdict.reasons()).anySatisfy(reason -> assertThat(reason.text())
                .contains("traffic-doubler.example.biz was in"));
    }

    @Test
    void retrainingFromHistoryStartsANewGeneration() {
        moderation.learn(pitch, true);
        moderation.learn(new Submission("Pat", "pat@example.net", "", "The bridge closure hurts the market."), false);
        long generation = store.state().orElseThrow().generation();

        moderation.retrainFromHistory();

        assertThat(store.state().orElseThrow().generation()).isEqualTo(generation + 1);
        assertThat(moderation.check(pitch).score()).isGreaterThan(
                moderation.check(new Submission("Pat", "pat@example.net", "", "The bridge closure hurts.")).score());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spam_weight").query(Long.class).single()).isPositive();
    }

    @Test
    void aModelStoredByAnOlderVersionIsTrainedAgainOnFirstUse() {
        moderation.learn(pitch, true);
        var old = store.state().orElseThrow();
        store.update(new ModelStore.State(old.generation(), old.revision(), TextFeatures.VERSION - 1, old.bias()),
                java.time.Instant.now());

        moderation.check(pitch);

        var state = store.state().orElseThrow();
        assertThat(state.featuresVersion()).isEqualTo(TextFeatures.VERSION);
        assertThat(state.generation()).isEqualTo(old.generation() + 1);
        assertThat(store.decisions()).isNotEmpty();
    }

    /**
     * A retrain holds the model's row for seconds (the whole corpus is trained again), longer than
     * H2 waits for a row by default. A moderator's decision made meanwhile waits and then counts.
     */
    @Test
    void aDecisionMadeWhileAnotherNodeHoldsTheModelWaitsForItAndCounts() throws Exception {
        moderation.learn(pitch, true);
        long revision = store.state().orElseThrow().revision();
        var held = new CountDownLatch(1);
        var holder = Thread.ofVirtual().start(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    store.lock();
                    held.countDown();
                    sleep(Duration.ofSeconds(3));
                }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

        moderation.learn(new Submission("Pat", "pat@example.net", "", "The bridge closure hurts the market."), false);

        holder.join();
        assertThat(store.state().orElseThrow().revision()).isEqualTo(revision + 1);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private double probabilityHere(TextFeatures.Vector features) {
        var here = new SpamClassifier();
        store.loadWeights(here, 0);
        here.setBias(store.state().orElseThrow().bias());
        return here.probability(features);
    }
}
