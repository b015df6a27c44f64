package news.masthead.donations.admin;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.audit.AuditLog;
import news.masthead.donations.Donation;
import news.masthead.donations.DonationLedger;
import news.masthead.donations.Donations;
import news.masthead.publishing.ArticleManagement;
import news.masthead.site.SiteManagement;
import news.masthead.site.web.SiteUrls;

/** The donation ledger and its export, for staff who may see donors' details. */
@Controller
@RequestMapping("/admin/donations")
@PreAuthorize("hasAuthority('VIEW_DONATIONS')")
class LedgerController {

    static final int SHOWN = 200;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final DonationLedger ledger;
    private final Donations donations;
    private final ArticleManagement articles;
    private final SiteManagement site;
    private final SiteUrls urls;
    private final AdminLayouts layouts;
    private final AuditLog audit;

    LedgerController(DonationLedger ledger, Donations donations, ArticleManagement articles, SiteManagement site,
            SiteUrls urls, AdminLayouts layouts, AuditLog audit) {
        this.ledger = ledger;
        this.donations = donations;
        this.articles = articles;
        this.site = site;
        this.urls = urls;
        this.layouts = layouts;
        this.audit = audit;
    }

    @GetMapping
    String ledger(CsrfToken csrf, Principal principal, Model model) {
        var zone = site.settings().zone();
        var all = ledger.all();
        var latest = ledger.newestFirst(SHOWN);
        var stories = articles.publishedByIds(all.stream().map(Donation::articleId).filter(Objects::nonNull)
                .distinct().toList());
        var rows = latest.stream().map(donation -> {
            var story = donation.articleId() == null ? null : stories.get(donation.articleId());
            return new LedgerPage.Row(donation, story == null ? null : story.headline(),
                    story == null ? null : story.path());
        }).toList();
        List<LedgerPage.Line> months = ledger.perMonth(all, zone).stream()
                .map(total -> new LedgerPage.Line(MONTH.format(total.month()), null, total.total())).toList();
        List<LedgerPage.Line> perArticle = ledger.perArticle(all).stream().map(total -> {
            var story = total.articleId() == null ? null : stories.get(total.articleId());
            var label = total.articleId() == null ? "Not from an article"
                    : story == null ? "Article #" + total.articleId() + " (no longer published)" : story.headline();
            return new LedgerPage.Line(label, story == null ? null : story.path(), total.total());
        }).toList();
        model.addAttribute("page", new LedgerPage(layouts.of("Donations", csrf, principal), donations.available(),
                urls.absolute("/donations/stripe-webhook"), all.size(), rows, months, perArticle, zone));
        return "donations/admin-ledger";
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export() {
        var zone = site.settings().zone();
        var all = ledger.all();
        var stories = articles.publishedByIds(all.stream().map(Donation::articleId).filter(Objects::nonNull)
                .distinct().toList());
        audit.record("donations.exported", "donation ledger", all.size() + " donations");
        var name = "donations-" + LocalDate.now(zone) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(LedgerCsv.of(all, stories, zone).getBytes(StandardCharsets.UTF_8));
    }
}
