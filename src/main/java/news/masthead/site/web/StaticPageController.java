package news.masthead.site.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import news.masthead.site.SiteManagement;

@Controller
class StaticPageController {

    private final SiteManagement site;
    private final Layouts layouts;

    StaticPageController(SiteManagement site, Layouts layouts) {
        this.site = site;
        this.layouts = layouts;
    }

    @GetMapping("/{slug:about}")
    String page(@PathVariable String slug, HttpServletResponse response, Model model) {
        var page = site.page(slug).orElseThrow(() -> new NotFoundException("page " + slug));
        SurrogateKeys.of("page-" + slug).applyTo(response);
        var layout = layouts.of(Seo.page(page.title(), page.summary(), "/" + slug));
        model.addAttribute("page", new StaticPageView(layout, page));
        return "site/static";
    }
}
