package news.masthead.accounts.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.masthead.comments.CommentManagement;

/**
 * A moderator's verdict on one comment, then back to the queue. Which roles may give one is in the
 * security configuration.
 */
@Controller
@RequestMapping("/admin/comments/{id}")
class CommentModerationController {

    private final CommentManagement comments;

    CommentModerationController(CommentManagement comments) {
        this.comments = comments;
    }

    @PostMapping("/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        comments.approve(id);
        return back(redirect, "Comment approved: readers can see it now.");
    }

    @PostMapping("/trash")
    String trash(@PathVariable long id, RedirectAttributes redirect) {
        comments.trash(id);
        return back(redirect, "Comment moved to the trash.");
    }

    @PostMapping("/spam")
    String spam(@PathVariable long id, RedirectAttributes redirect) {
        comments.markSpam(id);
        return back(redirect, "Comment marked as spam.");
    }

    private static String back(RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin#pending";
    }
}
