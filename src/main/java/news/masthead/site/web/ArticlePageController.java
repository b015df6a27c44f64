package news.masthead.site.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import news.masthead.comments.CommentForm;
import news.masthead.comments.CommentLocation;
import news.masthead.comments.CommentManagement;
import news.masthead.comments.CommentThreads;
import news.masthead.comments.CommentRefused;
import news.masthead.comments.SubmittedComment;
import news.masthead.comments.PublishedComment;
import news.masthead.moderation.FormGuard;
import news.masthead.moderation.FormGuards;
import news.masthead.publishing.ArticleManagement;
import news.masthead.publishing.PublishedArticle;
import news.masthead.site.AppealLines;

@Controller
class ArticlePageController {

    private static final Set<String> COMMENT_FIELDS = Set.of("comment", "author", "email", "url", "parent", "replies");
    private static final int MAX_SIGNALS = 10;

    private final ArticleManagement articles;
    private final CommentManagement comments;
    private final CommentThreads threads;
    private final Layouts layouts;
    private final ArticleJsonLd jsonLd;
    private final SiteUrls urls;
    private final ObjectProvider<AppealLines> appealLines;
    private final FormGuards guards;

    ArticlePageController(ArticleManagement articles, CommentManagement comments, CommentThreads threads,
            Layouts layouts, ArticleJsonLd jsonLd, SiteUrls urls, ObjectProvider<AppealLines> appealLines,
            FormGuards guards) {
        this.articles = articles;
        this.comments = comments;
        this.threads = threads;
        this.layouts = layouts;
        this.jsonLd = jsonLd;
        this.urls = urls;
        this.appealLines = appealLines;
        this.guards = guards;
    }

    @GetMapping("/articles/{slug}")
    String article(@PathVariable String slug, @RequestParam(required = false) @Nullable Long unapproved,
            @RequestParam(name = "moderation-hash", required = false) @Nullable String hash,
            @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) @Nullable Long replyto,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var article = articles.findPublished(slug).orElse(null);
        if (article == null) {
            // A story whose address changed: links to the old one keep working, and search engines move on.
            var moved = articles.movedTo(slug).orElseThrow(() -> new NotFoundException("article " + slug));
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:" + moved;
        }
        PublishedComment own = null;
        if (unapproved != null && hash != null) {
            own = comments.awaitingModeration(article.id(), unapproved, hash).orElse(null);
            response.setHeader("Cache-Control", "private, no-store");
        }
        else if (replyto != null) {
            // "Reply" opens the form on the page that shows the comment answered; one reader's choice.
            response.setHeader("Cache-Control", "private, no-store");
            page = threads.locate(replyto).filter(found -> found.articleId() == article.id())
                    .map(CommentLocation::page).orElse(1);
        }
        else {
            SurrogateKeys.of("article-" + article.id(), "comments-" + article.id()).applyTo(response);
        }
        model.addAttribute("page", page(article, own, CommentForm.replyingTo(replyto), Map.of(),
                Pagination.checked(page)));
        return "site/article";
    }

    @PostMapping("/articles/{slug}/comments")
    ModelAndView comment(@PathVariable String slug, @Valid @ModelAttribute CommentForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        // Only which article it is: the whole story is loaded only to show a refused form again.
        var article = articles.findReference(slug).orElseThrow(() -> new NotFoundException("article " + slug));
        comments.validate(article, form, errors);
        if (errors.hasErrors()) {
            var messages = new LinkedHashMap<String, String>();
            errors.getFieldErrors().forEach(error -> messages.putIfAbsent(error.getField(),
                    error.getDefaultMessage() == null ? "Please check this field." : error.getDefaultMessage()));
            return refused(HttpStatus.UNPROCESSABLE_CONTENT, slug, form, messages, response, model);
        }
        SubmittedComment submitted;
        try {
            submitted = comments.submit(article.id(), form, request.getRemoteAddr(), request.getHeader("User-Agent"),
                    signals(request));
        }
        catch (CommentRefused refusal) {
            return refused(refusal.tooMany() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_CONTENT, slug,
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
    private ModelAndView refused(HttpStatus status, String slug, CommentForm form, Map<String, String> messages,
            HttpServletResponse response, Model model) {
        var article = find(slug);
        response.setStatus(status.value());
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("page", page(article, null, form, messages, 1));
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
            Map<String, String> errors, int commentsPage) {
        var settings = layouts.settings();
        var seo = new Seo(article.pageTitle(), article.pageDescription(), article.path(), "article",
                article.image() == null ? null : article.image().path(), jsonLd.of(article, settings, urls), true);
        var lines = appealLines.getIfAvailable();
        var appealLine = lines == null ? null : lines.lineFor(article.id()).orElse(null);
        var thread = threads.page(article.id(), article.publishedAt(), commentsPage);
        if (form.parent() != null && thread.comments().stream().noneMatch(shown -> shown.id() == form.parent())) {
            thread = threads.locate(form.parent()).filter(found -> found.articleId() == article.id())
                    .map(found -> threads.page(article.id(), article.publishedAt(), found.page())).orElse(thread);
        }
        var replyingTo = form.parent() == null ? null : thread.comments().stream()
                .filter(shown -> shown.id() == form.parent()).findFirst().orElse(null);
        return new ArticlePage(layouts.of(seo, settings), article, thread, own, replyingTo, form, errors,
                appealLine, guards.guard(FormGuard.commentForm(article.id())));
    }
}
