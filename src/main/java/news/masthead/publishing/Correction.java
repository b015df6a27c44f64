package news.masthead.publishing;

import java.time.Instant;

/** A note under a published article saying what was wrong and when it was put right. */
public record Correction(String note, Instant correctedAt) {
}
