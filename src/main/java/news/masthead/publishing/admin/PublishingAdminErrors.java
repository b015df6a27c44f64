package news.masthead.publishing.admin;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.accounts.admin.MessagePage;
import news.masthead.publishing.ArticleNotFound;

/**
 * What the article pages answer when a request cannot be done: a missing article, a step the
 * person may not take, a step that no longer fits the article's status, an edit that crossed
 * someone else's. Always the admin's own message page, never a stack trace.
 */
@ControllerAdvice(basePackageClasses = PublishingAdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublishingAdminErrors {

    private final AdminLayouts layouts;

    PublishingAdminErrors(AdminLayouts layouts) {
        this.layouts = layouts;
    }

    @ExceptionHandler(ArticleNotFound.class)
    String notFound(HttpServletRequest request, @Nullable Principal principal, HttpServletResponse response,
            Model model) {
        return message(HttpStatus.NOT_FOUND, "No such article", "It may have been deleted.", request, principal,
                response, model);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletRequest request, @Nullable Principal principal, HttpServletResponse response,
            Model model) {
        return message(HttpStatus.FORBIDDEN, "Your role does not allow that",
                "Contributors write and submit drafts; authors publish their own articles; editors publish anyone's."
                        + " Ask an editor if this story should go out.",
                request, principal, response, model);
    }

    @ExceptionHandler(IllegalStateException.class)
    String conflict(IllegalStateException failure, HttpServletRequest request, @Nullable Principal principal,
            HttpServletResponse response, Model model) {
        return message(HttpStatus.CONFLICT, "That step does not fit the article now", failure.getMessage() + ".",
                request, principal, response, model);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String overlap(HttpServletRequest request, @Nullable Principal principal, HttpServletResponse response,
            Model model) {
        return message(HttpStatus.CONFLICT, "Someone else changed this article just now",
                "Open it again to see their change; your text was kept as a revision if it was saved.", request,
                principal, response, model);
    }

    private String message(HttpStatus status, String heading, String text, HttpServletRequest request,
            @Nullable Principal principal, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var layout = csrf == null ? new AdminLayout(heading, null, "_csrf", "", List.of())
                : layouts.of(heading, csrf, principal);
        model.addAttribute("page", new MessagePage(layout, status.value(), heading,
                text, "/admin/articles", "Back to the articles"));
        return "admin/message";
    }
}
