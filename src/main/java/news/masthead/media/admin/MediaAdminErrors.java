package news.masthead.media.admin;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import news.masthead.accounts.admin.AdminLayout;
import news.masthead.accounts.admin.AdminLayouts;
import news.masthead.accounts.admin.MessagePage;
import news.masthead.media.MediaRejected;

/** The library's refusals as admin pages: a missing image, or a role that may not upload. */
@ControllerAdvice(basePackageClasses = MediaAdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MediaAdminErrors {

    private final AdminLayouts layouts;

    MediaAdminErrors(AdminLayouts layouts) {
        this.layouts = layouts;
    }

    @ExceptionHandler(MediaRejected.class)
    String missing(MediaRejected failure, HttpServletRequest request, @Nullable Principal principal,
            HttpServletResponse response, Model model) {
        return message(HttpStatus.NOT_FOUND, "That image is not in the library", failure.getMessage() + ".", request,
                principal, response, model);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletRequest request, @Nullable Principal principal, HttpServletResponse response,
            Model model) {
        return message(HttpStatus.FORBIDDEN, "Your role does not allow that",
                "Uploading and describing images is for authors and editors.", request, principal, response, model);
    }

    private String message(HttpStatus status, String heading, String text, HttpServletRequest request,
            @Nullable Principal principal, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var layout = csrf == null ? new AdminLayout(heading, null, "_csrf", "", List.of())
                : layouts.of(heading, csrf, principal);
        model.addAttribute("page", new MessagePage(layout, status.value(), heading, text, "/admin/media",
                "Back to the library"));
        return "admin/message";
    }
}
