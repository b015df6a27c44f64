package news.masthead.moderation;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A submission with the circumstances it arrived in, which the checks beyond the text look at:
 * which form it came from (a {@link FormGuard} name such as {@code article-42} or {@code contact}),
 * the sender's address and browser, the form's extra fields (honeypot, form token) and the time.
 */
public record Arrival(String form, Submission submission, @Nullable String address, @Nullable String userAgent,
        Map<String, String> signals, Instant at) {

    public Arrival {
        signals = Map.copyOf(signals);
    }

    String signal(String name) {
        return signals.getOrDefault(name, "");
    }
}
