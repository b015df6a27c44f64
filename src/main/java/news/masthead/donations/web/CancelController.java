package news.masthead.donations.web;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.masthead.donations.Donations;
import news.masthead.donations.PaymentUnavailable;
import news.masthead.site.web.Layouts;
import news.masthead.site.web.Seo;

/**
 * Stopping a monthly gift from the receipt's link. Opening the link only asks; the gift stops when
 * the donor confirms, so a mail scanner that follows links stops nothing.
 */
@Controller
class CancelController {

    private static final Logger log = LoggerFactory.getLogger(CancelController.class);
    private static final String INVALID = "This link does not work. Please use the link in your latest receipt, or"
            + " contact us and we will stop your donation for you.";

    private final Donations donations;
    private final Layouts layouts;

    CancelController(Donations donations, Layouts layouts) {
        this.donations = donations;
        this.layouts = layouts;
    }

    @GetMapping("/support/cancel")
    String ask(@RequestParam long gift, @RequestParam String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "private, no-store");
        var found = donations.giftToCancel(gift, token);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return message(model, "/support/cancel", "Link not recognised", INVALID, null);
        }
        if (!found.get().active()) {
            return message(model, "/support/cancel", "Your monthly donation has stopped",
                    "Nothing more will be taken. Thank you for your support.", null);
        }
        return message(model, "/support/cancel", "Stop your monthly donation?",
                "You give " + found.get().amount().format() + " a month. If you stop, nothing more will be taken.",
                new MessagePage.CancelAction(gift, token));
    }

    @PostMapping("/support/cancel")
    String cancel(@RequestParam long gift, @RequestParam String token, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        try {
            if (!donations.cancel(gift, token)) {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return message(model, "/support/cancel", "Link not recognised", INVALID, null);
            }
        }
        catch (PaymentUnavailable e) {
            log.warn("Could not stop monthly gift {}: {}", gift, e.getMessage());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return message(model, "/support/cancel", "We could not stop it just now",
                    "Our payment provider did not answer. Nothing has changed yet; please try again in a few minutes.",
                    new MessagePage.CancelAction(gift, token));
        }
        return message(model, "/support/cancel", "Your monthly donation has stopped",
                "Nothing more will be taken. Thank you for your support.", null);
    }

    private String message(Model model, String path, String heading, String message,
            MessagePage.@Nullable CancelAction action) {
        var layout = layouts.of(Seo.page(heading, message, path).notIndexed());
        model.addAttribute("page", new MessagePage(layout, heading, message, action));
        return "donations/message";
    }
}
