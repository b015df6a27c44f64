package news.masthead.moderation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The classifier, the learned hosts and the moderators' decisions in the database. Callers hold the
 * model row's lock ({@link #lock()}) while they change anything, which serialises learning across
 * nodes so that no step is lost.
 */
@Repository
class ModelStore {

    private static final int BATCH = 1000;

    record State(long generation, long revision, int featuresVersion, float bias) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ModelStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<State> state() {
        return jdbc.sql("SELECT generation, revision, features_version, bias FROM spam_model WHERE id = 1")
                .query((rs, n) -> new State(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getFloat(4)))
                .optional();
    }

    /** The model's state, locked until the transaction ends; empty when there is no model yet. */
    Optional<State> lock() {
        return jdbc.sql("SELECT generation, revision, features_version, bias FROM spam_model WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new State(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getFloat(4)))
                .optional();
    }

    /** Claims the model row for a first model; false when another node got there first. */
    boolean create(float bias, Instant at) {
        try {
            return jdbc.sql("INSERT INTO spam_model (id, generation, revision, features_version, bias, updated_at)"
                    + " VALUES (1, 1, 1, :version, :bias, :at)")
                    .param("version", TextFeatures.VERSION).param("bias", bias).param("at", utc(at))
                    .update() == 1;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    void update(State state, Instant at) {
        jdbc.sql("UPDATE spam_model SET generation = :generation, revision = :revision,"
                + " features_version = :version, bias = :bias, updated_at = :at WHERE id = 1")
                .param("generation", state.generation()).param("revision", state.revision())
                .param("version", state.featuresVersion()).param("bias", state.bias()).param("at", utc(at))
                .update();
    }

    /** Replaces every stored weight with the classifier's non-zero ones. */
    void replaceWeights(SpamClassifier classifier, long revision) {
        jdbc.sql("DELETE FROM spam_weight").update();
        var rows = new ArrayList<Object[]>(BATCH);
        for (int feature = 0; feature < TextFeatures.DIMENSION; feature++) {
            float weight = classifier.weight(feature);
            if (weight != 0) {
                rows.add(new Object[] {feature, weight, revision});
                if (rows.size() == BATCH) {
                    batch.batchUpdate("INSERT INTO spam_weight (feature, weight, revision) VALUES (?, ?, ?)", rows);
                    rows.clear();
                }
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO spam_weight (feature, weight, revision) VALUES (?, ?, ?)", rows);
        }
    }

    /** Writes the given weights as they now stand in the classifier. */
    void saveWeights(int[] features, SpamClassifier classifier, long revision) {
        var updates = new ArrayList<Object[]>(features.length);
        for (int feature : features) {
            updates.add(new Object[] {classifier.weight(feature), revision, feature});
        }
        int[] counts = batch.batchUpdate("UPDATE spam_weight SET weight = ?, revision = ? WHERE feature = ?", updates);
        var inserts = new ArrayList<Object[]>();
        for (int i = 0; i < features.length; i++) {
            if (counts[i] == 0) {
                inserts.add(new Object[] {features[i], classifier.weight(features[i]), revision});
            }
        }
        if (!inserts.isEmpty()) {
            batch.batchUpdate("INSERT INTO spam_weight (feature, weight, revision) VALUES (?, ?, ?)", inserts);
        }
    }

    /** Copies the weights stored after {@code revision} into the classifier (all of them from 0). */
    void loadWeights(SpamClassifier classifier, long revision) {
        jdbc.sql("SELECT feature, weight FROM spam_weight WHERE revision > :revision")
                .param("revision", revision)
                .query(rs -> {
                    classifier.set(rs.getInt(1), rs.getFloat(2));
                });
    }

    void addHost(String host, boolean spam, long revision) {
        int updated = jdbc.sql("UPDATE spam_host SET spam_count = spam_count + :spam, ham_count = ham_count + :ham,"
                + " revision = :revision WHERE host = :host")
                .param("spam", spam ? 1 : 0).param("ham", spam ? 0 : 1).param("revision", revision).param("host", host)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO spam_host (host, spam_count, ham_count, revision) VALUES (:host, :spam, :ham, :revision)")
                    .param("host", host).param("spam", spam ? 1 : 0).param("ham", spam ? 0 : 1)
                    .param("revision", revision).update();
        }
    }

    void replaceHosts(DomainReputation hosts, Iterable<String> names, long revision) {
        jdbc.sql("DELETE FROM spam_host").update();
        var rows = new ArrayList<Object[]>();
        for (var host : names) {
            var counts = hosts.of(host);
            rows.add(new Object[] {host, counts.spam(), counts.ham(), revision});
        }
        batch.batchUpdate("INSERT INTO spam_host (host, spam_count, ham_count, revision) VALUES (?, ?, ?, ?)", rows);
    }

    void loadHosts(DomainReputation hosts, long revision) {
        jdbc.sql("SELECT host, spam_count, ham_count FROM spam_host WHERE revision > :revision")
                .param("revision", revision)
                .query(rs -> {
                    hosts.set(rs.getString(1), new DomainReputation.Counts(rs.getInt(2), rs.getInt(3)));
                });
    }

    void recordDecision(Submission submission, boolean spam, Instant at) {
        jdbc.sql("INSERT INTO spam_decision (author_name, author_email, author_url, body, spam, decided_at)"
                + " VALUES (:author, :email, :url, :body, :spam, :at)")
                .param("author", cut(submission.author(), 200)).param("email", cut(submission.email(), 254))
                .param("url", cut(submission.url(), 500)).param("body", cut(submission.body(), 20000))
                .param("spam", spam).param("at", utc(at))
                .update();
    }

    List<LabelledComments.Labelled> decisions() {
        return jdbc.sql("SELECT author_name, author_email, author_url, body, spam FROM spam_decision ORDER BY id")
                .query((rs, n) -> new LabelledComments.Labelled(new Submission(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)), rs.getBoolean(5)))
                .list();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
