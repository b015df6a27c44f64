package news.masthead.newsletter.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.masthead.newsletter.Frequency;
import news.masthead.newsletter.NewsletterManagement;
import news.masthead.newsletter.SignUp;
import news.masthead.site.web.Layout;
import news.masthead.site.web.Layouts;
import news.masthead.site.web.Seo;

/**
 * Sign-up, confirmation, preferences and unsubscribe. Every answer after a sign-up is the same
 * "check your inbox", whatever the address's state; pages reached by a token are never cached and
 * never show the address.
 */
@Controller
@RequestMapping("/newsletter")
class NewsletterController {

    private static final String INVALID_LINK = "This link is not valid. It may have been copied incompletely: "
            + "please open it from the e-mail again.";

    private final NewsletterManagement newsletter;
    private final Layouts layouts;

    NewsletterController(NewsletterManagement newsletter, Layouts layouts) {
        this.newsletter = newsletter;
        this.layouts = layouts;
    }

    @GetMapping
    ModelAndView page(HttpServletResponse response) {
        // The same for every reader until the site's frame changes.
        response.setHeader("Surrogate-Key", "site");
        response.setHeader("Cache-Tag", "site");
        return new ModelAndView("newsletter/signup", "page", new SignUpPage(layout("Newsletter", "/newsletter"),
                SignUpForm.empty(), Map.of()));
    }

    @PostMapping
    ModelAndView signUp(@Valid @ModelAttribute SignUpForm form, BindingResult errors, HttpServletResponse response) {
        if (errors.hasErrors()) {
            var messages = new LinkedHashMap<String, String>();
            errors.getFieldErrors().forEach(error -> messages.putIfAbsent(error.getField(),
                    error.isBindingFailure() ? "Please choose from the list." : error.getDefaultMessage()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            var kept = new SignUpForm(form.email(), form.frequency(), form.section(), "");
            return new ModelAndView("newsletter/signup", "page",
                    new SignUpPage(hidden("Newsletter", "/newsletter"), kept, messages));
        }
        newsletter.signUp(new SignUp(form.email(), form.chosenFrequency(), new HashSet<>(form.section()),
                form.website()));
        return new ModelAndView("redirect:/newsletter/check-your-inbox");
    }

    @GetMapping("/check-your-inbox")
    ModelAndView checkYourInbox() {
        return notice(HttpStatus.OK, "Check your inbox", "If this address can receive our newsletter, a message is"
                + " on its way to it. Follow the link inside to confirm; nothing is sent until you do.");
    }

    @GetMapping("/confirm")
    ModelAndView confirmPage(@RequestParam(defaultValue = "") String token, HttpServletResponse response) {
        privately(response);
        return new ModelAndView("newsletter/notice", "page", new NoticePage(
                hidden("Confirm your subscription", "/newsletter/confirm"), "Confirm your subscription",
                "One more step: press the button to start receiving the newsletter.", "/newsletter/confirm",
                "Confirm my subscription", token));
    }

    @PostMapping("/confirm")
    ModelAndView confirm(@RequestParam(defaultValue = "") String token, HttpServletResponse response) {
        privately(response);
        return newsletter.confirm(token)
                .map(manage -> new ModelAndView("redirect:/newsletter/preferences?confirmed&token=" + manage))
                .orElseGet(() -> notice(HttpStatus.NOT_FOUND, "Link not valid", INVALID_LINK));
    }

    @GetMapping("/preferences")
    ModelAndView preferences(@RequestParam(defaultValue = "") String token,
            @RequestParam(required = false) String confirmed, @RequestParam(required = false) String saved,
            HttpServletResponse response) {
        privately(response);
        var notice = confirmed != null ? "Thank you: your subscription is confirmed."
                : saved != null ? "Your choices are saved." : null;
        return newsletter.preferences(token)
                .map(found -> new ModelAndView("newsletter/preferences", "page",
                        new PreferencesPage(hidden("Your newsletter", "/newsletter/preferences"), found,
                                notice)))
                .orElseGet(() -> notice(HttpStatus.NOT_FOUND, "Link not valid", INVALID_LINK));
    }

    @PostMapping("/preferences")
    ModelAndView savePreferences(@RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String frequency,
            @RequestParam(name = "section", required = false) List<String> sections, HttpServletResponse response) {
        privately(response);
        var chosen = new SignUpForm("", frequency, null, "").chosenFrequency();
        var ids = new HashSet<Long>();
        for (var id : sections == null ? List.<String>of() : sections) {
            try {
                ids.add(Long.parseLong(id));
            }
            catch (NumberFormatException ignored) {
                // Not one of the checkboxes we sent; there is nothing to keep.
            }
        }
        return newsletter.savePreferences(token, chosen, ids)
                ? new ModelAndView("redirect:/newsletter/preferences?saved&token=" + token)
                : notice(HttpStatus.NOT_FOUND, "Link not valid", INVALID_LINK);
    }

    @GetMapping("/unsubscribe")
    ModelAndView unsubscribePage(@RequestParam(defaultValue = "") String token, HttpServletResponse response) {
        privately(response);
        return new ModelAndView("newsletter/notice", "page", new NoticePage(
                hidden("Unsubscribe", "/newsletter/unsubscribe"), "Unsubscribe",
                "Press the button and you will receive no more newsletters from us.", "/newsletter/unsubscribe",
                "Unsubscribe", token));
    }

    /** The button above, and mail programs' one-click unsubscribe (RFC 8058), which posts here. */
    @PostMapping("/unsubscribe")
    ModelAndView unsubscribe(@RequestParam(defaultValue = "") String token, HttpServletResponse response) {
        privately(response);
        return newsletter.unsubscribe(token)
                ? notice(HttpStatus.OK, "You have unsubscribed",
                        "You will receive no more newsletters from us. Changed your mind? You can sign up again at any time.")
                : notice(HttpStatus.NOT_FOUND, "Link not valid", INVALID_LINK);
    }

    private ModelAndView notice(HttpStatus status, String heading, String text) {
        var view = new ModelAndView("newsletter/notice", "page",
                NoticePage.of(hidden(heading, "/newsletter"), heading, text));
        view.setStatus(status);
        return view;
    }

    private Layout layout(String title, String path) {
        return layouts.of(Seo.page(title, "", path));
    }

    private Layout hidden(String title, String path) {
        return layouts.of(Seo.page(title, "", path).notIndexed());
    }

    private static void privately(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
