package news.masthead.donations.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import news.masthead.donations.DonationLedger;
import news.masthead.site.web.Layouts;
import news.masthead.site.web.Seo;
import news.masthead.site.web.SurrogateKeys;

/** Thanks in public to the donors who asked for it: their chosen names, and nothing else. */
@Controller
class SupportersController {

    static final int SHOWN = 500;

    private final DonationLedger ledger;
    private final Layouts layouts;

    SupportersController(DonationLedger ledger, Layouts layouts) {
        this.ledger = ledger;
        this.layouts = layouts;
    }

    @GetMapping("/supporters")
    String supporters(HttpServletResponse response, Model model) {
        SurrogateKeys.of("supporters").applyTo(response);
        var layout = layouts.of(Seo.page("Our supporters",
                "The readers who pay for our journalism and asked to be named.", "/supporters"));
        model.addAttribute("page", new SupportersPage(layout, ledger.supporters(SHOWN)));
        return "donations/supporters";
    }
}
