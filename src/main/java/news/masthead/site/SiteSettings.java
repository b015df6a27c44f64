package news.masthead.site;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The site's identity and the few words editors set for every page. Stored as named values so a
 * new setting needs no migration; missing ones fall back to the defaults here.
 */
public record SiteSettings(String title, String tagline, String description, String appealText,
        String appealLinkText, String appealUrl, @Nullable String logoPath, String contactEmail, String timeZone) {

    static final SiteSettings DEFAULTS = new SiteSettings("Masthead", "Independent news",
            "An independent newsroom.",
            "Independent journalism depends on readers like you.", "Support us", "/support", null,
            "newsroom@example.org", "UTC");

    static SiteSettings from(Map<String, String> values) {
        return new SiteSettings(values.getOrDefault("title", DEFAULTS.title()),
                values.getOrDefault("tagline", DEFAULTS.tagline()),
                values.getOrDefault("description", DEFAULTS.description()),
                values.getOrDefault("appeal-text", DEFAULTS.appealText()),
                values.getOrDefault("appeal-link-text", DEFAULTS.appealLinkText()),
                values.getOrDefault("appeal-url", DEFAULTS.appealUrl()),
                values.get("logo-path"),
                values.getOrDefault("contact-email", DEFAULTS.contactEmail()),
                values.getOrDefault("time-zone", DEFAULTS.timeZone()));
    }

    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        values.put("title", title);
        values.put("tagline", tagline);
        values.put("description", description);
        values.put("appeal-text", appealText);
        values.put("appeal-link-text", appealLinkText);
        values.put("appeal-url", appealUrl);
        if (logoPath != null) {
            values.put("logo-path", logoPath);
        }
        values.put("contact-email", contactEmail);
        values.put("time-zone", timeZone);
        return values;
    }

    public SiteSettings withIdentity(String title, String tagline, String description, String timeZone) {
        return new SiteSettings(title, tagline, description, appealText, appealLinkText, appealUrl, logoPath,
                contactEmail, timeZone);
    }

    public SiteSettings withAppeal(String text) {
        return new SiteSettings(title, tagline, description, text, appealLinkText, appealUrl, logoPath, contactEmail,
                timeZone);
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(timeZone);
        }
        catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
