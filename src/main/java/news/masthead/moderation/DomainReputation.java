package news.masthead.moderation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which linked domains moderators have seen in spam and in real comments. A domain counts as a
 * spam domain once it was in more spam than twice the ham it was in, so that one reader's spam-
 * marked link to a news site does not blacklist the news site.
 */
final class DomainReputation {

    record Counts(int spam, int ham) {

        boolean spammy() {
            return spam > 0 && spam > 2 * ham;
        }

        boolean trusted() {
            return ham >= 3 && spam == 0;
        }
    }

    private final Map<String, Counts> domains = new ConcurrentHashMap<>();

    void learn(Submission submission, boolean spam) {
        for (var domain : Links.domains(submission)) {
            add(domain, spam ? 1 : 0, spam ? 0 : 1);
        }
    }

    void add(String domain, int spam, int ham) {
        domains.merge(domain, new Counts(spam, ham), (a, b) -> new Counts(a.spam() + b.spam(), a.ham() + b.ham()));
    }

    void set(String domain, Counts counts) {
        domains.put(domain, counts);
    }

    java.util.Set<String> names() {
        return java.util.Set.copyOf(domains.keySet());
    }

    void clear() {
        domains.clear();
    }

    Counts of(String domain) {
        return domains.getOrDefault(domain, new Counts(0, 0));
    }
}
