package news.masthead.newsletter.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.newsletter.Frequency;
import news.masthead.site.web.Layout;

/** The newsletter page: what it is, and the form, with a message per field when it came back. */
public record SignUpPage(Layout layout, SignUpForm form, Map<String, String> errors) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public Frequency[] frequencies() {
        return Frequency.values();
    }
}
