package news.masthead.contact.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.masthead.contact.ContactForm;
import news.masthead.contact.ContactManagement;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.Layouts;
import news.masthead.site.web.Seo;

/** The contact page and its form; a refused form comes back (422) with everything that was typed. */
@Controller
@RequestMapping("/contact")
class ContactController {

    private final ContactManagement contact;
    private final SiteManagement site;
    private final Layouts layouts;

    ContactController(ContactManagement contact, SiteManagement site, Layouts layouts) {
        this.contact = contact;
        this.site = site;
        this.layouts = layouts;
    }

    @GetMapping
    ModelAndView page(@RequestParam(required = false) String sent, HttpServletResponse response) {
        if (sent == null) {
            // The same for every reader until the contact page or the site's frame changes.
            response.setHeader("Surrogate-Key", "site page-contact");
            response.setHeader("Cache-Tag", "site,page-contact");
        }
        return view(ContactForm.empty(), Map.of(), sent != null);
    }

    @PostMapping
    ModelAndView send(@Valid @ModelAttribute ContactForm form, BindingResult errors, HttpServletResponse response) {
        if (errors.hasErrors()) {
            var messages = new LinkedHashMap<String, String>();
            errors.getFieldErrors().forEach(error -> messages.putIfAbsent(error.getField(), error.getDefaultMessage()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(form, messages, false);
        }
        contact.receive(form);
        return new ModelAndView("redirect:/contact?sent");
    }

    private ModelAndView view(ContactForm form, Map<String, String> errors, boolean sent) {
        var intro = site.page("contact").orElse(null);
        var title = intro == null ? "Contact us" : intro.title();
        var seo = Seo.page(title, intro == null ? "" : intro.summary(), "/contact");
        var layout = layouts.of(sent || !errors.isEmpty() ? seo.notIndexed() : seo);
        return new ModelAndView("contact/contact", "page", new ContactPage(layout, intro, form, errors, sent));
    }
}
