package news.masthead.site.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import news.masthead.publishing.Section;
import news.masthead.site.SiteSettings;

/** What every page's frame needs: the site's identity, its sections and the page's own metadata. */
public record Layout(SiteSettings site, List<Section> sections, Seo seo, String baseUrl, String activePath,
        Map<String, String> assets) {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    /** The home page's title is the site's own; every other page puts its title first. */
    public String fullTitle() {
        return seo.title().isEmpty() ? site.title() + " – " + site.tagline() : seo.title() + " – " + site.title();
    }

    public String description() {
        return seo.description().isBlank() ? site.description() : seo.description();
    }

    public String date(Instant instant) {
        return LONG_DATE.format(instant.atZone(site.zone()));
    }

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(site.zone()));
    }

    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /** The current address of one of the site's assets, such as {@code site.css}. */
    public String asset(String name) {
        return assets.getOrDefault(name, "/assets/" + name);
    }

    public String canonicalUrl() {
        return baseUrl + seo.path();
    }

    public String absolute(String path) {
        return baseUrl + path;
    }

    /** The feeds to announce in the page's head, for feed readers to discover. */
    public List<FeedLink> feeds() {
        return FeedLink.of(this);
    }

    public boolean isActive(String path) {
        return activePath.equals(path) || activePath.startsWith(path + "/");
    }
}
