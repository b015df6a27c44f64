package news.masthead.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moderation module's API: judging submissions and learning from moderators. The classifier and
 * the learned hosts live in the database and in memory; every node looks for changes made by others
 * at most every {@code refreshEvery}, and reads only what changed.
 */
@Service
public class ModerationManagement {

    private static final Logger log = LoggerFactory.getLogger(ModerationManagement.class);

    private final ModelStore store;
    private final TransactionTemplate transactions;
    private final ModerationSettings settings;
    private final Clock clock;
    private final SpamClassifier classifier = new SpamClassifier();
    private final DomainReputation hosts = new DomainReputation();
    private final SpamChecks checks;
    private final ArrivalChecks arrivalChecks;
    private final FloodControl flood;
    private final ArrivalStore arrivals;
    private final Identities identities;
    private final RulesStore rulesStore;
    private volatile ModerationRules rules = ModerationRules.DEFAULTS;
    private volatile Instant nextRulesLook = Instant.MIN;
    private final Object sync = new Object();
    private final Object refreshing = new Object();
    private long generation = -1;
    private long revision = -1;
    private volatile Instant nextLook = Instant.MIN;

    ModerationManagement(ModelStore store, TransactionTemplate transactions, ModerationSettings settings,
            Clock clock, FormGuards guards, FloodControl flood, ArrivalStore arrivals, Identities identities,
            RulesStore rulesStore) {
        this.store = store;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        this.flood = flood;
        this.arrivals = arrivals;
        this.identities = identities;
        this.rulesStore = rulesStore;
        this.checks = SpamChecks.standard(classifier, hosts, settings);
        var arrivalChecks = new ArrayList<ArrivalCheck>(List.of(new HoneypotCheck(settings.honeypotScore()),
                new TimingTokenCheck(guards, arrivals, identities, settings.tokens()), new RateCheck(arrivals, identities),
                new RulesCheck(this::rules), new RepeatedTextCheck(arrivals, identities),
                new HistoryCheck(arrivals, identities, this::rules)));
        if (settings.akismet().enabled()) {
            arrivalChecks.add(new AkismetCheck(settings.akismet()));
        }
        this.arrivalChecks = new ArrivalChecks(arrivalChecks, settings);
    }

    /**
     * Judges a submission with everything known about how it arrived: flood control first, which
     * refuses with {@link SubmissionRefused}, then the content checks and the checks of the form's
     * hidden fields, the sender's rate and history, repeated text and the newsroom's rules. The
     * arrival is remembered (hashed) for the checks of later ones.
     */
    public Verdict screen(Arrival arrival) {
        var bodyHash = Similarity.exact(arrival.submission().body());
        var content = check(arrival.submission());
        try {
            flood.admit(arrival, bodyHash);
        } catch (SubmissionRefused refused) {
            throw refused;
        } catch (RuntimeException e) {
            log.warn("Flood control could not run: {}", e.getMessage());
            var reasons = new ArrayList<>(content.reasons());
            reasons.add(new Reason("flood control", settings.couldNotRunScore(), "could not run: " + e.getMessage()));
            content = new Verdict(content.decision(), content.score() + settings.couldNotRunScore(), reasons);
        }
        var verdict = arrivalChecks.check(arrival, content);
        try {
            arrivals.record(arrival.form(), arrival.at(), identities.address(arrival.address()),
                    identities.email(arrival.submission().email()), bodyHash,
                    Similarity.hash(arrival.submission().body()));
        } catch (RuntimeException e) {
            log.warn("Could not remember a screened arrival: {}", e.getMessage());
        }
        return verdict;
    }

    /** The newsroom's moderation rules as they stand (re-read from the database every few seconds). */
    public ModerationRules rules() {
        if (!clock.instant().isBefore(nextRulesLook)) {
            rules = rulesStore.load();
            nextRulesLook = clock.instant().plus(settings.refreshEvery());
        }
        return rules;
    }

    /** Saves new rules; this node uses them at once, the others within {@code refreshEvery}. */
    public void updateRules(ModerationRules rules) {
        transactions.executeWithoutResult(status -> rulesStore.save(rules, clock.instant()));
        this.rules = rules;
        nextRulesLook = clock.instant().plus(settings.refreshEvery());
    }

    /** Counts a moderator's decision in the commenter's record, which later comments are judged by. */
    public void recordCommenter(String email, boolean approved) {
        var key = identities.email(email);
        if (key == null) {
            return;
        }
        transactions.executeWithoutResult(status -> arrivals.addToHistory(key, approved, clock.instant()));
    }

    /** Runs every content check and decides; the verdict keeps each reason that counted. */
    public Verdict check(Submission submission) {
        if (!clock.instant().isBefore(nextLook)) {
            refresh();
        }
        return checks.check(submission);
    }

    /**
     * A new site starts from the shipped corpus, and a model made from older features is trained
     * again. This happens on first use rather than at start-up, so a node that never judges a
     * comment never pays for it.
     */
    private void ensureModel() {
        var state = store.state();
        if (state.isEmpty() || state.get().featuresVersion() != TextFeatures.VERSION) {
            retrainFromHistory();
        }
    }

    /** Records a moderator's decision and moves the shared model towards it at once. */
    public void learn(Submission submission, boolean spam) {
        ensureModel();
        try {
            transactions.executeWithoutResult(status -> {
                store.recordDecision(submission, spam, clock.instant());
                var state = store.lock().orElseThrow(() -> new IllegalStateException("There is no spam model yet"));
                synchronized (sync) {
                    catchUp(state);
                    var features = TextFeatures.of(submission);
                    classifier.learn(features, spam);
                    long next = state.revision() + 1;
                    store.saveWeights(features.indices(), classifier, next);
                    for (var host : Links.domains(submission)) {
                        hosts.add(host, spam ? 1 : 0, spam ? 0 : 1);
                        store.addHost(host, spam, next);
                    }
                    store.update(new ModelStore.State(state.generation(), next, TextFeatures.VERSION,
                            classifier.bias()), clock.instant());
                    revision = next;
                }
            });
        } catch (RuntimeException e) {
            forgetLoadedModel();
            throw e;
        }
    }

    /** Trains a fresh model from the shipped corpus and every past decision, and shares it. */
    public void retrainFromHistory() {
        try {
            transactions.executeWithoutResult(status -> {
                var state = store.lock();
                var comments = new ArrayList<>(StarterCorpus.comments());
                comments.addAll(store.decisions());
                var fresh = SpamClassifier.trainOn(comments);
                var learnedHosts = new DomainReputation();
                comments.forEach(c -> learnedHosts.learn(c.submission(), c.spam()));
                long generation = state.map(s -> s.generation() + 1).orElse(1L);
                long next = state.map(s -> s.revision() + 1).orElse(1L);
                if (state.isEmpty() && !store.create(fresh.bias(), clock.instant())) {
                    return;
                }
                store.replaceWeights(fresh, next);
                store.replaceHosts(learnedHosts, learnedHosts.names(), next);
                store.update(new ModelStore.State(generation, next, TextFeatures.VERSION, fresh.bias()),
                        clock.instant());
                log.info("Spam model trained on {} comments ({} weights)", comments.size(), fresh.size());
            });
        } finally {
            forgetLoadedModel();
        }
    }

    /**
     * One request at a time looks, and the others that found the look due meanwhile take its result:
     * on a new site the first comments arrive together, and the model must be trained once, not once
     * for each of them.
     */
    private void refresh() {
        synchronized (refreshing) {
            if (clock.instant().isBefore(nextLook)) {
                return;
            }
            ensureModel();
            synchronized (sync) {
                store.state().ifPresent(this::catchUp);
                nextLook = clock.instant().plus(settings.refreshEvery());
            }
        }
    }

    /** Reads what other nodes changed since this one last looked: everything after a retrain. */
    private void catchUp(ModelStore.State state) {
        if (state.generation() != generation) {
            classifier.clear();
            hosts.clear();
            store.loadWeights(classifier, 0);
            store.loadHosts(hosts, 0);
        } else if (state.revision() != revision) {
            store.loadWeights(classifier, revision);
            store.loadHosts(hosts, revision);
        } else {
            return;
        }
        classifier.setBias(state.bias());
        generation = state.generation();
        revision = state.revision();
    }

    /** After a failed or foreign change the memory may not match the database: reload it next time. */
    private void forgetLoadedModel() {
        synchronized (sync) {
            generation = -1;
            revision = -1;
            nextLook = Instant.MIN;
        }
    }
}
