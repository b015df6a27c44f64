package news.masthead.media.admin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.media.MediaItem;
import news.masthead.media.MediaManagement;
import news.masthead.media.MediaRejected;
import news.masthead.site.StaticAssets;

/**
 * The media library in the admin: upload, search, describe. Writers may browse it and pick from it
 * in the editor; uploading and describing take the upload permission.
 */
@Controller
@RequestMapping("/admin/media")
@PreAuthorize("hasAnyAuthority('WRITE_DRAFTS', 'UPLOAD_MEDIA')")
class MediaAdminController {

    private static final int SHOWN = 60;

    private final MediaManagement media;
    private final AdminLayouts layouts;
    private final String style;

    MediaAdminController(MediaManagement media, AdminLayouts layouts, StaticAssets assets) {
        this.media = media;
        this.layouts = layouts;
        this.style = assets.url("admin/editor.css");
    }

    @GetMapping
    String library(@RequestParam(defaultValue = "") String q, CsrfToken csrf, Authentication signedIn, Model model) {
        return show(q, new MediaLibraryPage.UploadForm("", "", ""), Map.of(), csrf, signedIn, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('UPLOAD_MEDIA')")
    String upload(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "") String alt, @RequestParam(defaultValue = "") String caption,
            @RequestParam(defaultValue = "") String credit, CsrfToken csrf, Authentication signedIn,
            HttpServletResponse response, RedirectAttributes redirect, Model model) throws IOException {
        var form = new MediaLibraryPage.UploadForm(alt, caption, credit);
        var errors = new LinkedHashMap<String, String>();
        if (alt.isBlank()) {
            errors.put("alt", "Please describe the image for readers who cannot see it.");
        }
        if (file == null || file.isEmpty()) {
            errors.put("file", "Please choose an image to upload.");
        }
        if (errors.isEmpty()) {
            try {
                var item = media.upload(file.getOriginalFilename() == null ? "image" : file.getOriginalFilename(),
                        file.getBytes(), alt, caption, credit);
                redirect.addFlashAttribute("notice", "Uploaded. Its address is " + item.path() + ".");
                return "redirect:/admin/media";
            }
            catch (MediaRejected rejected) {
                errors.put("file", rejected.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show("", form, errors, csrf, signedIn, model);
    }

    @GetMapping("/{id}")
    String item(@PathVariable long id, CsrfToken csrf, Authentication signedIn, Model model) {
        var item = media.find(id).orElseThrow(() -> new MediaRejected("No such image"));
        model.addAttribute("page", new MediaItemPage(layouts.of("Image " + item.originalName(), csrf, signedIn), item,
                mayUpload(signedIn), style, notice(model)));
        return "media/admin/item";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('UPLOAD_MEDIA')")
    String describe(@PathVariable long id, @RequestParam(defaultValue = "") String alt,
            @RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
            RedirectAttributes redirect) {
        media.describe(id, alt, caption, credit);
        redirect.addFlashAttribute("notice", alt.isBlank() ? "Saved. Without alt text it cannot be inserted yet."
                : "Saved. The description is used wherever the image is inserted from now on.");
        return "redirect:/admin/media/" + id;
    }

    /** The editor's image picker: described images can be inserted, the others are shown as needing alt text. */
    @GetMapping("/picker")
    @ResponseBody
    List<Map<String, Object>> picker(@RequestParam(defaultValue = "") String q) {
        return media.search(q, 24).stream().map(item -> Map.<String, Object>of("id", item.id(), "path", item.path(),
                "thumbnail", item.thumbnailPath(), "alt", item.alt(), "name", item.originalName(),
                "described", item.isDescribed(), "markdown", item.markdown())).toList();
    }

    /**
     * Uploads from the editor's image picker, through the same checks and renditions as the library,
     * and answers with the Markdown to insert. Alt text is required here as everywhere: an image that
     * reaches an article goes there described.
     */
    @PostMapping("/picker")
    @PreAuthorize("hasAuthority('UPLOAD_MEDIA')")
    ResponseEntity<Map<String, Object>> uploadFromEditor(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "") String alt, @RequestParam(defaultValue = "") String caption,
            @RequestParam(defaultValue = "") String credit) throws IOException {
        var errors = new LinkedHashMap<String, String>();
        if (file == null || file.isEmpty()) {
            errors.put("file", "Please choose an image to upload.");
        }
        if (alt.isBlank()) {
            errors.put("alt", "Please describe the image for readers who cannot see it.");
        }
        if (errors.isEmpty()) {
            try {
                var item = media.upload(file.getOriginalFilename() == null ? "image" : file.getOriginalFilename(),
                        file.getBytes(), alt, caption, credit);
                if (!item.isDescribed()) {
                    // The same picture was uploaded before without a description: this one describes it.
                    item = media.describe(item.id(), alt, caption, credit);
                }
                return ResponseEntity.ok(Map.of("path", item.path(), "alt", item.alt(), "markdown", item.markdown()));
            }
            catch (MediaRejected rejected) {
                errors.put("file", rejected.getMessage());
            }
        }
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("errors", errors));
    }

    private String show(String q, MediaLibraryPage.UploadForm form, Map<String, String> errors, CsrfToken csrf,
            Authentication signedIn, Model model) {
        List<MediaItem> items = media.search(q, SHOWN);
        model.addAttribute("page", new MediaLibraryPage(layouts.of("Media library", csrf, signedIn), items, q,
                mayUpload(signedIn), form, errors, style, notice(model)));
        return "media/admin/library";
    }

    private static boolean mayUpload(Authentication signedIn) {
        return signedIn.getAuthorities().stream().anyMatch(authority -> "UPLOAD_MEDIA".equals(authority.getAuthority()));
    }

    private static @Nullable String notice(Model model) {
        return model.getAttribute("notice") instanceof String text ? text : null;
    }
}
