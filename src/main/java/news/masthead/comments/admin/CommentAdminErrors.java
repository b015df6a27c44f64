package news.masthead.comments.admin;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A staff member without the right permission is Spring Security's to answer (the admin's
 * "denied" page, a 403), not the site's error pages, which would take it for a failure.
 */
@ControllerAdvice(basePackageClasses = CommentAdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommentAdminErrors {

    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException denied) {
        throw denied;
    }
}
