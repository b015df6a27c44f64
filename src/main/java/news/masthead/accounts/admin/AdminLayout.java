package news.masthead.accounts.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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

    /** Whether the navigation link to this path leads to the page being shown (or a page under it). */
    public boolean current(String path) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        var shown = attributes.getRequest().getRequestURI();
        return "/admin".equals(path) ? shown.equals("/admin") || shown.equals("/admin/")
                : shown.equals(path) || shown.startsWith(path + "/");
    }

    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
