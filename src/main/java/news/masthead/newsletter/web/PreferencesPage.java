package news.masthead.newsletter.web;

import org.jspecify.annotations.Nullable;

import news.masthead.newsletter.Frequency;
import news.masthead.newsletter.Preferences;
import news.masthead.site.web.Layout;

/** A subscriber's choices, reached through the signed link in every mail. */
public record PreferencesPage(Layout layout, Preferences preferences, @Nullable String notice) {

    public Frequency[] frequencies() {
        return Frequency.values();
    }
}
