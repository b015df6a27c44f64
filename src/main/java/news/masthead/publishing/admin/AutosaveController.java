package news.masthead.publishing.admin;

import java.security.Principal;
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

import news.masthead.accounts.StaffManagement;
import news.masthead.accounts.StaffProfile;
import news.masthead.media.MediaManagement;
import news.masthead.publishing.DraftRejected;
import news.masthead.publishing.EditLocks;
import news.masthead.publishing.EditorialWorkflow;
import news.masthead.publishing.FeaturedImage;
import news.masthead.site.SiteManagement;

/**
 * Where the editor's script sends the form while the writer types, and its heartbeat while the
 * editor stays open. A run of autosaves keeps one revision; a draft that cannot be kept yet (no
 * headline) or would bury somebody else's save is answered with what is wrong.
 */
@RestController
@PreAuthorize("hasAuthority('WRITE_DRAFTS')")
class AutosaveController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final EditorialWorkflow workflow;
    private final EditLocks locks;
    private final StaffManagement staff;
    private final MediaManagement media;
    private final SiteManagement site;
    private final Clock clock;

    AutosaveController(EditorialWorkflow workflow, EditLocks locks, StaffManagement staff, MediaManagement media,
            SiteManagement site, Clock clock) {
        this.workflow = workflow;
        this.locks = locks;
        this.staff = staff;
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
            int revision = workflow.save(id, form.draft(image), form.startedFrom(), true);
            return ResponseEntity.ok(Map.of("revision", revision,
                    "savedAt", TIME.format(clock.instant().atZone(site.settings().zone()))));
        }
        catch (DraftRejected rejected) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("errors", rejected.problems()));
        }
    }

    /** Renews the edit lock of the person whose editor is open, or says who has taken it over. */
    @PostMapping("/admin/articles/{id}/lock")
    Map<String, Object> heartbeat(@PathVariable long id, Principal principal) {
        var name = staff.profile(principal.getName()).map(StaffProfile::displayName).orElse(principal.getName());
        var lock = locks.claim(id, name);
        return Map.of("mine", lock.mine(), "holder", lock.holderName(),
                "since", TIME.format(lock.since().atZone(site.settings().zone())));
    }
}
