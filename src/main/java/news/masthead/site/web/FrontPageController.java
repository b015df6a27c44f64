package news.masthead.site.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.masthead.comments.CommentThreads;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.ArticleSummary;

@Controller
class FrontPageController {

    private static final int STORIES_PER_SECTION = 4;

    private final ArticleManagement articles;
    private final CommentThreads comments;
    private final Layouts layouts;

    FrontPageController(ArticleManagement articles, CommentThreads comments, Layouts layouts) {
        this.articles = articles;
        this.comments = comments;
        this.layouts = layouts;
    }

    @GetMapping("/")
    String front(@RequestParam(defaultValue = "1") int page, HttpServletResponse response, Model model) {
        var list = Pagination.nonEmpty(articles.latest(Pagination.checked(page), Pagination.PAGE_SIZE));
        var layout = layouts.of(new Seo(page == 1 ? "" : "Latest stories, page " + page, "",
                "/" + Pagination.suffix(page), "website", null, null, true));
        SurrogateKeys.of("front").stories(list.items()).applyTo(response);
        if (page > 1 || list.isEmpty()) {
            model.addAttribute("page", new FrontPage(layout, null, List.of(), List.of(), list,
                    comments.counts(list.items().stream().map(ArticleSummary::id).toList())));
            return "site/front";
        }
        var lead = list.items().getFirst();
        var latest = list.items().subList(1, Math.min(7, list.items().size()));
        var sections = layout.sections().stream()
                .map(section -> new FrontPage.SectionStories(section,
                        articles.newestInSection(section, STORIES_PER_SECTION + latest.size() + 1).stream()
                                .filter(story -> !shown(story, lead, latest))
                                .limit(STORIES_PER_SECTION)
                                .toList()))
                .filter(section -> !section.stories().isEmpty())
                .toList();
        var keys = SurrogateKeys.of("front").stories(list.items());
        sections.forEach(group -> keys.stories(group.stories()));
        keys.applyTo(response);
        var shown = new ArrayList<Long>();
        list.items().forEach(story -> shown.add(story.id()));
        sections.forEach(group -> group.stories().forEach(story -> shown.add(story.id())));
        model.addAttribute("page", new FrontPage(layout, lead, latest, sections, list, comments.counts(shown)));
        return "site/front";
    }

    private static boolean shown(ArticleSummary story, ArticleSummary lead, List<ArticleSummary> latest) {
        return story.id() == lead.id() || latest.stream().anyMatch(other -> other.id() == story.id());
    }
}
