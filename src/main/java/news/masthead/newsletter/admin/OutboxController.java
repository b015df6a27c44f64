package news.masthead.newsletter.admin;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.mail.Postbox;

/**
 * Staff read the mail the site sent or kept. Without an SMTP server this is where confirmation
 * links and newsletters can be seen, so a fresh install works with nothing else set up.
 */
@Controller
@RequestMapping("/admin/outbox")
@PreAuthorize("hasAuthority('READ_OUTBOX')")
class OutboxController {

    static final int SHOWN = 100;

    private final Postbox postbox;
    private final AdminLayouts layouts;

    OutboxController(Postbox postbox, AdminLayouts layouts) {
        this.postbox = postbox;
        this.layouts = layouts;
    }

    @GetMapping
    ModelAndView list(@RequestParam(required = false) String purpose, CsrfToken csrf, Principal principal) {
        var chosen = purpose == null || purpose.isBlank() ? null : purpose;
        return new ModelAndView("newsletter/outbox", "page", new OutboxPage(layouts.of("Outbox", csrf, principal),
                postbox.counts(), postbox.recent(chosen, SHOWN), null, chosen));
    }

    @GetMapping("/{id}")
    ModelAndView open(@PathVariable long id, CsrfToken csrf, Principal principal) {
        var layout = layouts.of("Outbox", csrf, principal);
        var view = new ModelAndView("newsletter/outbox", "page", new OutboxPage(layout, postbox.counts(),
                postbox.recent(null, SHOWN), postbox.find(id).orElse(null), null));
        if (postbox.find(id).isEmpty()) {
            view.setStatus(HttpStatus.NOT_FOUND);
        }
        return view;
    }
}
