package news.masthead.site.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentManagement;
import news.masthead.comments.CommentRefused;
import news.masthead.comments.SubmittedComment;
import news.masthead.comments.PublishedComment;
import news.masthead.moderation.FormGuard;
import news.masthead.moderation.FormGuards;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.PublishedArticle;

@Controller
class ArticlePageController {

    private static final Set<String> COMMENT_FIELDS = Set.of("comment", "author", "email", "url");
    private static final int MAX_SIGNALS = 10;

    private final ArticleManagement articles;
    private final CommentManagement comments;
    private final Layouts layouts;
    private final ArticleJsonLd jsonLd;
    private final SiteUrls urls;
    private final FormGuards guards;

    ArticlePageController(ArticleManagement articles, CommentManagement comments, Layouts layouts,
            ArticleJsonLd jsonLd, SiteUrls urls, FormGuards guards) {
        this.articles = articles;
        this.comments = comments;
        this.layouts = layouts;
        this.jsonLd = jsonLd;
        this.urls = urls;
        this.guards = guards;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, @RequestParam(required = false) @Nullable Long unapproved,
            @RequestParam(name = "moderation-hash", required = false) @Nullable String hash,
            HttpServletResponse response, Model model) {
        var article = find(slug);
        PublishedComment own = null;
        if (unapproved != null && hash != null) {
            own = comments.awaitingModeration(article.id(), unapproved, hash).orElse(null);
            response.setHeader("Cache-Control", "private, no-store");
        }
        else {
            SurrogateKeys.of("article-" + article.id(), "comments-" + article.id()).applyTo(response);
        }
        model.addAttribute("page", page(article, own, CommentForm.empty(), Map.of()));
        return "site/article";
    }

    @PostMapping("/articles/{slug}/comments")
    ModelAndView comment(@PathVariable String slug, @Valid @ModelAttribute CommentForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var article = find(slug);
        comments.validate(form, errors);
        if (errors.hasErrors()) {
            var messages = new LinkedHashMap<String, String>();
            errors.getFieldErrors().forEach(error -> messages.putIfAbsent(error.getField(),
                    error.getDefaultMessage() == null ? "Please check this field." : error.getDefaultMessage()));
            return refused(HttpStatus.UNPROCESSABLE_CONTENT, article, form, messages, response, model);
        }
        SubmittedComment submitted;
        try {
            submitted = comments.submit(article.id(), form, request.getRemoteAddr(), request.getHeader("User-Agent"),
                    signals(request));
        }
        catch (CommentRefused refusal) {
            return refused(refusal.tooMany() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_CONTENT, article,
                    form, Map.of("screening", refusal.getMessage()), response, model);
        }
        var target = UriComponentsBuilder.fromPath(article.path());
        if (submitted.published()) {
            target.fragment("comment-" + submitted.id());
        }
        else {
            target.queryParam("unapproved", submitted.id())
                    .queryParam("moderation-hash", submitted.moderationHash())
                    .fragment("comment-" + submitted.id());
        }
        var redirect = new RedirectView(target.build().toUriString(), true);
        // 303, not 302: the browser must follow with a GET, so a reload never posts the comment again.
        // A view made here, rather than a "redirect:" name, also spares the view resolver's shared
        // cache a new entry (and its lock) for every comment.
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    /** The article with the reader's form as it was sent, and why it was not taken. */
    private ModelAndView refused(HttpStatus status, PublishedArticle article, CommentForm form,
            Map<String, String> messages, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("page", page(article, null, form, messages));
        return new ModelAndView("site/article");
    }

    /** The form's fields other than the comment itself, for screening: a few, each short. */
    private static Map<String, String> signals(HttpServletRequest request) {
        var signals = new LinkedHashMap<String, String>();
        for (var field : request.getParameterMap().entrySet()) {
            if (signals.size() == MAX_SIGNALS) {
                break;
            }
            var name = field.getKey();
            if (!COMMENT_FIELDS.contains(name) && name.length() <= 40 && field.getValue().length > 0) {
                var value = field.getValue()[0];
                signals.put(name, value.length() <= 500 ? value : value.substring(0, 500));
            }
        }
        return signals;
    }

    private PublishedArticle find(String slug) {
        return articles.findPublished(slug).orElseThrow(() -> new NotFoundException("article " + slug));
    }

    private ArticlePage page(PublishedArticle article, @Nullable PublishedComment own, CommentForm form,
            Map<String, String> errors) {
        var settings = layouts.settings();
        var seo = new Seo(article.headline(), article.standfirst(), article.path(), "article",
                article.image() == null ? null : article.image().path(), jsonLd.of(article, settings, urls), true);
        return new ArticlePage(layouts.of(seo, settings), article, comments.approvedOn(article.id()), own, form,
                errors, guards.guard(FormGuard.commentForm(article.id())));
    }
}
