package news.masthead.accounts.admin;

import java.security.Principal;
import java.util.List;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import news.masthead.accounts.Permission;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.EditorialDesk;

/** The newsroom's first page after sign-in: how things stand, and what waits for whom. */
@Controller
class DashboardController {

    private final ArticleManagement articles;
    private final List<DashboardFigure> figures;
    private final AdminLayouts layouts;
    private final EditorialDesk editorialDesk;

    DashboardController(ArticleManagement articles, List<DashboardFigure> figures, AdminLayouts layouts,
            EditorialDesk editorialDesk) {
        this.articles = articles;
        this.figures = figures;
        this.layouts = layouts;
        this.editorialDesk = editorialDesk;
    }

    @GetMapping({ "/admin", "/admin/" })
    String dashboard(CsrfToken csrf, Principal principal, Model model) {
        var layout = layouts.of("Dashboard", csrf, principal);
        var signedIn = layout.staff();
        var shown = figures.stream()
                .filter(figure -> signedIn != null && signedIn.role().may(figure.permission()))
                .map(figure -> {
                    var count = figure.count();
                    return new DashboardPage.Figure(count, figure.label(count), figure.path());
                })
                .toList();
        var notice = model.getAttribute("notice") instanceof String text ? text : null;
        var desk = signedIn != null && signedIn.role().may(Permission.WRITE_DRAFTS) ? editorialDesk.needsAttention()
                : null;
        model.addAttribute("page", new DashboardPage(layout, articles.publishedCount(), shown, notice, desk));
        return "admin/dashboard";
    }
}
