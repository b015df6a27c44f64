package news.masthead.donations.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import news.masthead.donations.AppealLineStore;
import news.masthead.donations.Donations;
import news.masthead.donations.Money;
import news.masthead.donations.PaymentUnavailable;
import news.masthead.publishing.ArticleManagement;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.Layouts;
import news.masthead.site.web.Seo;
import news.masthead.site.web.SurrogateKeys;

/**
 * The Support page and its form. The page is the same for every reader, so it is cached like any
 * other; the form's answer is either the way to Stripe's payment page or the form back with what
 * needs fixing, and neither is ever cached.
 */
@Controller
class SupportController {

    private static final Logger log = LoggerFactory.getLogger(SupportController.class);

    private final Donations donations;
    private final AppealLineStore appealLines;
    private final ArticleManagement articles;
    private final SiteManagement site;
    private final Layouts layouts;

    SupportController(Donations donations, AppealLineStore appealLines, ArticleManagement articles,
            SiteManagement site, Layouts layouts) {
        this.donations = donations;
        this.appealLines = appealLines;
        this.articles = articles;
        this.site = site;
        this.layouts = layouts;
    }

    @GetMapping("/support")
    String support(@RequestParam(required = false) @Nullable String article, HttpServletResponse response,
            Model model) {
        var link = article(article);
        var keys = link == null ? SurrogateKeys.of("page-support", "donations")
                : SurrogateKeys.of("page-support", "donations", "article-" + link.id());
        keys.applyTo(response);
        var settings = donations.settings();
        model.addAttribute("page", page(DonationForm.fresh(settings, link == null ? null : link.id()), link,
                Map.of(), null));
        return "donations/support";
    }

    @PostMapping("/support")
    ModelAndView give(@ModelAttribute DonationForm form, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        var link = article(form.article());
        if (!donations.available()) {
            model.addAttribute("page", page(form, link, Map.of(), null));
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return new ModelAndView("donations/support");
        }
        var settings = donations.settings();
        var errors = form.errors(settings);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", page(form, link, errors, null));
            return new ModelAndView("donations/support");
        }
        try {
            var request = form.request(settings, link == null ? null : link.id());
            var redirect = new RedirectView(donations.checkout(request));
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        }
        catch (PaymentUnavailable e) {
            log.warn("Could not open a Checkout session: {}", e.getMessage());
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            model.addAttribute("page", page(form, link, Map.of(),
                    "We could not reach our payment provider just now. Nothing was charged; please try again in a"
                            + " few minutes."));
            return new ModelAndView("donations/support");
        }
    }

    @GetMapping("/support/thanks")
    String thanks(HttpServletResponse response, Model model) {
        SurrogateKeys.of("donations").applyTo(response);
        var heading = "Thank you";
        var message = "Your support keeps our reporting free for everyone. As soon as Stripe confirms your payment, we"
                + " send a receipt to your email address.";
        var layout = layouts.of(Seo.page(heading, message, "/support/thanks").notIndexed());
        model.addAttribute("page", new MessagePage(layout, heading, message, null));
        return "donations/message";
    }

    private SupportPage page(DonationForm form, SupportPage.@Nullable ArticleLink article,
            Map<String, String> errors, @Nullable String failure) {
        var intro = site.page("support").orElse(null);
        var title = intro == null ? "Support our journalism" : intro.title();
        var summary = intro == null ? "" : intro.summary();
        var layout = layouts.of(Seo.page(title, summary, "/support"));
        var settings = donations.settings();
        List<SupportPage.Preset> presets = settings.presets().stream()
                .map(major -> SupportPage.Preset.of(major, settings.currency())).toList();
        var symbol = Money.symbol(settings.currency());
        var line = article == null ? null : appealLines.lineFor(article.id()).orElse(null);
        return new SupportPage(layout, intro, donations.available(), presets, symbol, form, article, line, errors,
                failure);
    }

    /** The article named by id or slug; anything else is quietly left out. */
    private SupportPage.@Nullable ArticleLink article(@Nullable String idOrSlug) {
        if (idOrSlug == null || idOrSlug.isBlank() || idOrSlug.length() > 200) {
            return null;
        }
        if (idOrSlug.matches("[0-9]{1,18}")) {
            var summary = articles.publishedByIds(List.of(Long.valueOf(idOrSlug))).get(Long.valueOf(idOrSlug));
            return summary == null ? null
                    : new SupportPage.ArticleLink(summary.id(), summary.headline(), summary.path());
        }
        return articles.findPublished(idOrSlug)
                .map(found -> new SupportPage.ArticleLink(found.id(), found.headline(), found.path()))
                .orElse(null);
    }
}
