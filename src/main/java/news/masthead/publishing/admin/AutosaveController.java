package news.masthead.publishing.admin;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import news.masthead.media.MediaManagement;
import news.masthead.publishing.DraftRejected;
import news.masthead.publishing.EditorialWorkflow;
import news.masthead.publishing.FeaturedImage;
import news.masthead.site.SiteManagement;

/**
 * Where the editor's script sends the form while the writer types. A run of autosaves keeps one
 * revision; a draft that cannot be kept yet (no headline) is answered with what is missing.
 */
@RestController
@PreAuthorize("hasAuthority('WRITE_DRAFTS')")
class AutosaveController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final EditorialWorkflow workflow;
    private final MediaManagement media;
    private final SiteManagement site;
    private final Clock clock;

    AutosaveController(EditorialWorkflow workflow, MediaManagement media, SiteManagement site, Clock clock) {
        this.workflow = workflow;
        this.media = media;
        this.site = site;
        this.clock = clock;
    }

    @PostMapping("/admin/articles/{id}/autosave")
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @ModelAttribute ArticleForm form) {
        try {
            var path = form.value(form.image()).strip();
            var image = path.isEmpty() ? null : media.at(path).map(item -> new FeaturedImage(item.path(), item.alt(),
                    item.caption().isBlank() ? null : item.caption(), item.credit().isBlank() ? null : item.credit(),
                    item.width(), item.height())).orElse(null);
            int revision = workflow.save(id, form.draft(image), true);
            return ResponseEntity.ok(Map.of("revision", revision,
                    "savedAt", TIME.format(clock.instant().atZone(site.settings().zone()))));
        }
        catch (DraftRejected rejected) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("errors", rejected.problems()));
        }
    }
}
