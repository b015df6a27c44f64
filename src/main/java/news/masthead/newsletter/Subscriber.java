package news.masthead.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One address on file and what it wants. Signing up again, confirming and leaving are transitions
 * of the same row; each returns the changed subscriber, and the repository stores it.
 *
 * @param sections section ids the reader chose; empty means every section
 */
record Subscriber(long id, String email, SubscriberStatus status, Frequency frequency, Set<Long> sections,
        Instant createdAt, @Nullable Instant confirmedAt, @Nullable Instant unsubscribedAt, int noticeCount,
        @Nullable Instant noticeWindowStart) {

    static final Duration NOTICE_WINDOW = Duration.ofDays(1);

    Subscriber {
        sections = Set.copyOf(sections);
    }

    static Subscriber signUp(String email, Frequency frequency, Set<Long> sections, Instant now) {
        return new Subscriber(0, email, SubscriberStatus.PENDING, frequency, sections, now, null, null, 0, null);
    }

    /** Signing up again: someone who had left starts over and must confirm again. */
    Subscriber signUpAgain() {
        return status == SubscriberStatus.UNSUBSCRIBED
                ? new Subscriber(id, email, SubscriberStatus.PENDING, frequency, sections, createdAt, null, null,
                        noticeCount, noticeWindowStart)
                : this;
    }

    Subscriber confirm(Instant now) {
        return status == SubscriberStatus.PENDING
                ? new Subscriber(id, email, SubscriberStatus.CONFIRMED, frequency, sections, createdAt, now, null,
                        noticeCount, noticeWindowStart)
                : this;
    }

    Subscriber unsubscribe(Instant now) {
        return status == SubscriberStatus.UNSUBSCRIBED ? this
                : new Subscriber(id, email, SubscriberStatus.UNSUBSCRIBED, frequency, sections, createdAt,
                        confirmedAt, now, noticeCount, noticeWindowStart);
    }

    Subscriber withPreferences(Frequency frequency, Set<Long> sections) {
        return new Subscriber(id, email, status, frequency, sections, createdAt, confirmedAt, unsubscribedAt,
                noticeCount, noticeWindowStart);
    }

    /** Whether one more mail about the subscription may go to this address now. */
    boolean mayBeNoticed(Instant now, int perDay) {
        return noticeWindowStart == null || !now.isBefore(noticeWindowStart.plus(NOTICE_WINDOW))
                || noticeCount < perDay;
    }

    Subscriber noticed(Instant now) {
        boolean fresh = noticeWindowStart == null || !now.isBefore(noticeWindowStart.plus(NOTICE_WINDOW));
        return new Subscriber(id, email, status, frequency, sections, createdAt, confirmedAt, unsubscribedAt,
                fresh ? 1 : noticeCount + 1, fresh ? now : noticeWindowStart);
    }

    boolean wants(long sectionId) {
        return sections.isEmpty() || sections.contains(sectionId);
    }
}
