package news.masthead.mail;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One message to one recipient: a plain-text body always, an HTML alternative when there is one,
 * and extra headers such as {@code List-Unsubscribe}. The purpose ("newsletter", "invitation"…)
 * says which feature sent it, for the outbox and for counting.
 */
public record OutgoingMail(String to, String subject, String text, @Nullable String html, Map<String, String> headers,
        String purpose) {

    public OutgoingMail {
        if (to.isBlank() || to.contains("\n") || to.contains("\r")) {
            throw new IllegalArgumentException("A message needs one recipient address");
        }
        if (subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A subject is one line");
        }
        headers = Map.copyOf(headers);
    }

    public static OutgoingMail of(String to, String subject, String text, String purpose) {
        return new OutgoingMail(to, subject, text, null, Map.of(), purpose);
    }

    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(to, subject, text, html, headers, purpose);
    }

    public OutgoingMail withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(to, subject, text, html, more, purpose);
    }
}
