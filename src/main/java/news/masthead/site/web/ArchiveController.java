package news.masthead.site.web;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import news.masthead.publishing.ArticleList;
import news.masthead.comments.CommentThreads;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.ArticleSummary;
import news.masthead.publishing.Author;

@Controller
class ArchiveController {

    private final ArticleManagement articles;
    private final CommentThreads comments;
    private final Layouts layouts;

    ArchiveController(ArticleManagement articles, CommentThreads comments, Layouts layouts) {
        this.articles = articles;
        this.comments = comments;
        this.layouts = layouts;
    }

    @GetMapping("/sections/{slug}")
    String section(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
            HttpServletResponse response, Model model) {
        var section = articles.section(slug).orElseThrow(() -> new NotFoundException("section " + slug));
        var list = Pagination.nonEmpty(articles.inSection(section, Pagination.checked(page), Pagination.PAGE_SIZE));
        SurrogateKeys.of("section-" + section.id()).stories(list.items()).applyTo(response);
        return archive(model, list, "Section", section.name(), section.description(), section.path(), null);
    }

    @GetMapping("/tags/{slug}")
    String tag(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
            HttpServletResponse response, Model model) {
        var tag = articles.tag(slug).orElseThrow(() -> new NotFoundException("tag " + slug));
        var list = Pagination.nonEmpty(articles.taggedWith(tag, Pagination.checked(page), Pagination.PAGE_SIZE));
        SurrogateKeys.of("tag-" + tag.id()).stories(list.items()).applyTo(response);
        return archive(model, list, "Topic", tag.name(), "Stories about " + tag.name() + ".", tag.path(), null);
    }

    @GetMapping("/authors/{slug}")
    String author(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
            HttpServletResponse response, Model model) {
        var author = articles.author(slug).orElseThrow(() -> new NotFoundException("author " + slug));
        var list = Pagination.nonEmpty(articles.bylinedBy(author, Pagination.checked(page), Pagination.PAGE_SIZE));
        SurrogateKeys.of("author-" + author.id()).stories(list.items()).applyTo(response);
        return archive(model, list, author.title(), author.name(), author.bio(), author.path(), author);
    }

    private String archive(Model model, ArticleList list, String kind, String heading, String introduction,
            String path, @Nullable Author author) {
        var title = list.page() == 1 ? heading : heading + ", page " + list.page();
        var seo = new Seo(title, introduction, path + Pagination.suffix(list.page()),
                author == null ? "website" : "profile", null, null, true);
        model.addAttribute("page", new ArchivePage(layouts.of(seo), kind, heading, introduction, author, list,
                comments.counts(list.items().stream().map(ArticleSummary::id).toList())));
        return "site/archive";
    }
}
