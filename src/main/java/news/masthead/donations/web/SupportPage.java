package news.masthead.donations.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.donations.Money;
import news.masthead.site.StaticPage;
import news.masthead.site.web.Layout;

/**
 * The Support page: the newsroom's own words (the static page, when there is one), then either
 * the donation form or, with no payment keys set, a note that points to the contact page.
 *
 * @param intro the editor's Support page text, if written
 * @param article the article whose appeal brought the reader, if any
 * @param errors messages per field, empty unless a submission was refused
 * @param failure a message when Stripe could not be reached, the form kept as sent
 */
public record SupportPage(Layout layout, @Nullable StaticPage intro, boolean available, List<Preset> presets,
        String currencySymbol, DonationForm form, @Nullable ArticleLink article, @Nullable String appealLine,
        Map<String, String> errors, @Nullable String failure) {

    public record Preset(String value, String label) {

        static Preset of(int major, String currency) {
            return new Preset(String.valueOf(major), Money.ofMajor(major, currency).format().replaceAll("\\.00$", ""));
        }
    }

    public record ArticleLink(long id, String headline, String path) {
    }

    public String title() {
        return intro == null ? "Support our journalism" : intro.title();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }
}
