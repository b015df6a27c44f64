package news.masthead.newsletter;

import java.util.Set;

/**
 * What the preference page shows: the reader's choices and the token that lets them change them.
 * Deliberately without the address, which never appears on a page.
 */
public record Preferences(String token, SubscriberStatus status, Frequency frequency, Set<Long> sections) {

    public boolean wants(long sectionId) {
        return sections.contains(sectionId);
    }
}
