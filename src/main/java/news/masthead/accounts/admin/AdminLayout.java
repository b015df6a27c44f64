package news.masthead.accounts.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import news.masthead.accounts.StaffProfile;

/**
 * The frame of every admin page: its title, who is signed in (if anyone), the CSRF token that
 * each form must send back, and the navigation that person may use.
 */
public record AdminLayout(String title, @Nullable StaffProfile staff, String csrfParameter, String csrfToken,
        List<AdminLink> links) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.UK);

    public String fullTitle() {
        return title + " – Newsroom";
    }

    public boolean signedIn() {
        return staff != null;
    }

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
