package news.masthead.donations.admin;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.donations.AppealLineStore;
import news.masthead.publishing.ArticleManagement;
import news.masthead.site.SiteManagement;

/**
 * The line the appeal under an article adds to the site-wide appeal text. Editors who change the
 * site's settings may write them; each change is in the audit log.
 */
@Controller
@RequestMapping("/admin/donations/appeals")
@PreAuthorize("hasAuthority('MANAGE_SETTINGS')")
class AppealLinesController {

    static final int ARTICLES_SHOWN = 30;

    private final AppealLineStore lines;
    private final ArticleManagement articles;
    private final SiteManagement site;
    private final AdminLayouts layouts;

    AppealLinesController(AppealLineStore lines, ArticleManagement articles, SiteManagement site,
            AdminLayouts layouts) {
        this.lines = lines;
        this.articles = articles;
        this.site = site;
        this.layouts = layouts;
    }

    @GetMapping
    String appeals(CsrfToken csrf, Principal principal, Model model) {
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        model.addAttribute("page", page(csrf, principal, Map.of(), Map.of(), notice));
        return "donations/admin-appeals";
    }

    @PostMapping
    String save(@RequestParam long articleId, @RequestParam(defaultValue = "") String line, CsrfToken csrf,
            Principal principal, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        var found = articles.publishedByIds(List.of(articleId)).get(articleId);
        if (found == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", page(csrf, principal, Map.of(articleId, "That article is not published."),
                    Map.of(articleId, line), null));
            return "donations/admin-appeals";
        }
        if (line.strip().length() > AppealLineStore.MAX_LENGTH || line.contains("\n")) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", page(csrf, principal,
                    Map.of(articleId, "Keep the line to one sentence of at most " + AppealLineStore.MAX_LENGTH
                            + " characters."),
                    Map.of(articleId, line), null));
            return "donations/admin-appeals";
        }
        lines.set(articleId, line);
        redirect.addFlashAttribute("notice", line.isBlank() ? "Line removed from “" + found.headline() + "”."
                : "Line saved for “" + found.headline() + "”.");
        return "redirect:/admin/donations/appeals";
    }

    private AppealsPage page(CsrfToken csrf, Principal principal, Map<Long, String> errors,
            Map<Long, String> typed, @Nullable String notice) {
        var current = lines.all();
        var latest = articles.latest(1, ARTICLES_SHOWN).items();
        var items = new LinkedHashMap<Long, AppealsPage.Item>();
        for (var article : latest) {
            items.put(article.id(), new AppealsPage.Item(article.id(), article.headline(), article.path(),
                    typed.getOrDefault(article.id(), current.getOrDefault(article.id(), ""))));
        }
        var older = articles.publishedByIds(current.keySet().stream().filter(id -> !items.containsKey(id)).toList());
        older.values().forEach(article -> items.put(article.id(), new AppealsPage.Item(article.id(),
                article.headline(), article.path(), typed.getOrDefault(article.id(), current.get(article.id())))));
        return new AppealsPage(layouts.of("Appeal lines", csrf, principal), site.settings().appealText(),
                items.values().stream().toList(), errors, notice);
    }
}
