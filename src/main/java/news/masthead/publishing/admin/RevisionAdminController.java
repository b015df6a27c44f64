package news.masthead.publishing.admin;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.publishing.EditorialDesk;
import news.masthead.publishing.EditorialWorkflow;

/** An article's history: every revision, a comparison of any two, and restoring an old one. */
@Controller
@RequestMapping("/admin/articles/{id}/revisions")
@PreAuthorize("hasAuthority('WRITE_DRAFTS')")
class RevisionAdminController {

    private final EditorialDesk desk;
    private final EditorialWorkflow workflow;
    private final AdminLayouts layouts;
    private final EditorAssets assets;

    RevisionAdminController(EditorialDesk desk, EditorialWorkflow workflow, AdminLayouts layouts, EditorAssets assets) {
        this.desk = desk;
        this.workflow = workflow;
        this.layouts = layouts;
        this.assets = assets;
    }

    @GetMapping
    String revisions(@PathVariable long id, @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to, CsrfToken csrf, Principal principal, Model model) {
        var article = desk.open(id);
        var revisions = desk.revisions(id);
        var comparison = from != null && to != null && !from.equals(to) ? desk.compare(id, from, to) : null;
        model.addAttribute("page", new RevisionsPage(layouts.of("Revisions: " + article.draft().headline(), csrf,
                principal), article, revisions, comparison, assets, ArticleAdminController.notice(model)));
        return "publishing/admin/revisions";
    }

    @PostMapping("/{number}/restore")
    String restore(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        int restored = workflow.restore(id, number);
        redirect.addFlashAttribute("notice", "Revision " + number + " restored as revision " + restored
                + ". Publish it when you are ready for readers to see it.");
        return "redirect:/admin/articles/" + id;
    }
}
