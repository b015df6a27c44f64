package news.masthead.contact.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import news.masthead.contact.ContactForm;
import news.masthead.site.StaticPage;
import news.masthead.site.web.Layout;

/** The contact page: the newsroom's own words about reaching it, then the form or a thank-you. */
public record ContactPage(Layout layout, @Nullable StaticPage intro, ContactForm form, Map<String, String> errors,
        boolean sent) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }
}
