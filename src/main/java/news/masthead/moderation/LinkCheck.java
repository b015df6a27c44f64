package news.masthead.moderation;

import java.util.ArrayList;
import java.util.List;

/**
 * Links in the comment and the website field: how many, shorteners that hide where they go,
 * disguised links ("example dot com", "hxxp", "w w w."), and domains learned from past spam.
 * A link to a domain moderators have only ever approved counts a little in the comment's favour.
 */
final class LinkCheck implements SpamCheck {

    private final DomainReputation domains;
    private final int limit;

    LinkCheck(DomainReputation domains, int limit) {
        this.domains = domains;
        this.limit = limit;
    }

    @Override
    public String name() {
        return "links";
    }

    @Override
    public Reason check(Submission submission) {
        double score = 0;
        List<String> found = new ArrayList<>();
        int links = Links.in(submission.body()).size();
        if (links > 0) {
            score += 0.5 * Math.min(links, limit) + 2.0 * Math.max(0, links - limit);
            found.add(links == 1 ? "1 link" : links + " links");
        }
        if (!submission.url().isEmpty()) {
            score += 0.5;
            found.add("gives a website");
        }
        if (Links.hasObfuscated(submission.body())) {
            score += 3;
            found.add("a disguised link");
        }
        for (var domain : Links.domains(submission)) {
            var counts = domains.of(domain);
            if (Links.isShortener(domain)) {
                score += 2.5;
                found.add("link shortener " + domain);
            } else if (counts.spammy()) {
                score += 4;
                found.add(domain + " was in " + counts.spam() + " spam");
            } else if (counts.trusted()) {
                score -= 1;
                found.add(domain + " was in " + counts.ham() + " approved comments");
            }
        }
        return new Reason(name(), score, found.isEmpty() ? "no links" : String.join("; ", found));
    }
}
