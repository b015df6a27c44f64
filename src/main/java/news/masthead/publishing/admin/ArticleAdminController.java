package news.masthead.publishing.admin;

import java.security.Principal;
import java.util.Arrays;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.media.MediaManagement;
import news.masthead.publishing.ArticleStatus;
import news.masthead.publishing.DraftRejected;
import news.masthead.publishing.EditConflict;
import news.masthead.publishing.EditLocks;
import news.masthead.publishing.EditableArticle;
import news.masthead.publishing.EditorialDesk;
import news.masthead.publishing.EditorialWorkflow;
import news.masthead.publishing.FeaturedImage;
import news.masthead.site.SiteManagement;

/**
 * The article list and the editor. A save keeps a revision; the button pressed with it (submit,
 * publish, schedule) then moves the article along. Who may press which is decided in publishing.
 */
@Controller
@RequestMapping("/admin/articles")
@PreAuthorize("hasAuthority('WRITE_DRAFTS')")
class ArticleAdminController {

    private static final int LIST_SIZE = 100;

    private final EditorialDesk desk;
    private final EditorialWorkflow workflow;
    private final EditLocks locks;
    private final MediaManagement media;
    private final SiteManagement site;
    private final AdminLayouts layouts;
    private final EditorAssets assets;

    ArticleAdminController(EditorialDesk desk, EditorialWorkflow workflow, EditLocks locks, MediaManagement media,
            SiteManagement site, AdminLayouts layouts, EditorAssets assets) {
        this.desk = desk;
        this.workflow = workflow;
        this.locks = locks;
        this.media = media;
        this.site = site;
        this.layouts = layouts;
        this.assets = assets;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false, defaultValue = "") String q, CsrfToken csrf, Principal principal,
            Model model) {
        var filter = Arrays.stream(ArticleStatus.values()).filter(s -> s.name().equalsIgnoreCase(status)).findFirst()
                .orElse(null);
        model.addAttribute("page", new ArticleListPage(layouts.of("Articles", csrf, principal),
                desk.list(filter, q, LIST_SIZE), filter, q, List.of(ArticleStatus.values()), assets, notice(model)));
        return "publishing/admin/list";
    }

    @GetMapping("/new")
    String create(CsrfToken csrf, Principal principal, Model model) {
        var layout = layouts.of("New article", csrf, principal);
        var byline = workflow.bylineFor(nameOf(layout, principal));
        var sections = desk.sections();
        var form = ArticleForm.blank(sections.isEmpty() ? "" : sections.getFirst().slug(), byline.slug());
        return editor(form, Map.of(), null, csrf, principal, model);
    }

    @PostMapping
    String start(@ModelAttribute ArticleForm form, CsrfToken csrf, Principal principal, HttpServletResponse response,
            RedirectAttributes redirect, Model model) {
        try {
            var id = workflow.start(form.draft(featured(form)));
            redirect.addFlashAttribute("notice", "Draft saved. Autosave is on from now.");
            return "redirect:/admin/articles/" + id;
        }
        catch (DraftRejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editor(form, rejected.problems(), null, csrf, principal, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, CsrfToken csrf, Principal principal, Model model) {
        var article = desk.open(id);
        return editor(ArticleForm.of(article.draft(), article.revision()), Map.of(), article, csrf, principal, model);
    }

    /** Saves the form as a new revision, then does what the pressed button asks. */
    @PostMapping("/{id}")
    String save(@PathVariable long id, @ModelAttribute ArticleForm form,
            @RequestParam(defaultValue = "save") String action, CsrfToken csrf, Principal principal,
            HttpServletResponse response, RedirectAttributes redirect, Model model) {
        try {
            workflow.save(id, form.draft(featured(form)), form.startedFrom(), false);
            locks.takeOver(id, nameOf(layouts.of("", csrf, principal), principal));
            var notice = switch (action) {
                case "submit" -> {
                    workflow.submit(id);
                    yield "Submitted for review. An editor will take it from here.";
                }
                case "publish" -> {
                    workflow.publish(id);
                    yield "Published: readers see this version now.";
                }
                case "schedule" -> {
                    var moment = form.scheduleMoment();
                    if (moment == null) {
                        throw new DraftRejected(Map.of("scheduleAt", "Please give a date and time to publish at."));
                    }
                    workflow.schedule(id, moment.atZone(site.settings().zone()).toInstant());
                    yield "Scheduled for " + moment.format(ArticleForm.LOCAL).replace('T', ' ') + ".";
                }
                default -> "Saved. Readers see nothing of it until it is published.";
            };
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/admin/articles/" + id;
        }
        catch (DraftRejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            var kept = rejected instanceof EditConflict conflict ? form.basedOn(conflict.newest()) : form;
            return editor(kept, rejected.problems(), desk.open(id), csrf, principal, model);
        }
    }

    @PostMapping("/{id}/unpublish")
    @PreAuthorize("hasAnyAuthority('PUBLISH_OWN', 'PUBLISH_ANY')")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        workflow.unpublish(id);
        redirect.addFlashAttribute("notice", "Unpublished: readers can no longer see it.");
        return "redirect:/admin/articles/" + id;
    }

    @PostMapping("/{id}/corrections")
    @PreAuthorize("hasAnyAuthority('PUBLISH_OWN', 'PUBLISH_ANY')")
    String correct(@PathVariable long id, @RequestParam(defaultValue = "") String correction, CsrfToken csrf,
            Principal principal, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        try {
            workflow.correct(id, correction);
        }
        catch (DraftRejected rejected) {
            var article = desk.open(id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return editor(ArticleForm.of(article.draft(), article.revision()), rejected.problems(), article, csrf,
                    principal, model);
        }
        redirect.addFlashAttribute("notice", "Correction added: it shows under the article now.");
        return "redirect:/admin/articles/" + id;
    }

    /** Takes the edit lock from whoever holds it; they see so in their editor within half a minute. */
    @PostMapping("/{id}/lock/take-over")
    String takeOver(@PathVariable long id, CsrfToken csrf, Principal principal, RedirectAttributes redirect) {
        locks.takeOver(id, nameOf(layouts.of("", csrf, principal), principal));
        redirect.addFlashAttribute("notice", "You are editing this article now; the other editor is told within half a minute.");
        return "redirect:/admin/articles/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        workflow.delete(id);
        redirect.addFlashAttribute("notice", "Draft deleted.");
        return "redirect:/admin/articles";
    }

    private String editor(ArticleForm form, Map<String, String> errors, @Nullable EditableArticle article,
            CsrfToken csrf, Principal principal, Model model) {
        var title = article == null ? "New article" : "Edit: " + article.draft().headline();
        var layout = layouts.of(title, csrf, principal);
        var lock = article == null || !article.mayEdit() ? null : locks.claim(article.id(), nameOf(layout, principal));
        model.addAttribute("page", new ArticleEditPage(layout, form, errors, article, lock, desk.sections(),
                desk.authors(), site.settings().zone().getId(), assets, notice(model)));
        return "publishing/admin/edit";
    }

    /** The featured image named in the form, taken from the media library with its description. */
    private @Nullable FeaturedImage featured(ArticleForm form) {
        var path = form.value(form.image()).strip();
        if (path.isEmpty()) {
            return null;
        }
        var item = media.at(path).orElseThrow(
                () -> new DraftRejected(Map.of("image", "That image is not in the media library.")));
        return new FeaturedImage(item.path(), item.alt(), item.caption().isBlank() ? null : item.caption(),
                item.credit().isBlank() ? null : item.credit(), item.width(), item.height());
    }

    static String nameOf(AdminLayout layout, Principal principal) {
        return layout.staff() == null ? principal.getName() : layout.staff().displayName();
    }

    static @Nullable String notice(Model model) {
        return model.getAttribute("notice") instanceof String text ? text : null;
    }
}
