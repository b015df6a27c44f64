package news.masthead.site.web;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures into the site's own error pages. A reader who mistypes an address or a bot that
 * sends garbage gets a 4xx in the site's layout, never a stack trace.
 */
@ControllerAdvice
class SiteErrors {

    private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

    private final ErrorPages pages;

    SiteErrors(ErrorPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
    String notFound(HttpServletResponse response, Model model) {
        return pages.render(HttpStatus.NOT_FOUND, response, model);
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class })
    String badRequest(HttpServletResponse response, Model model) {
        return pages.render(HttpStatus.BAD_REQUEST, response, model);
    }

    /**
     * The container could not read the query or form (bad percent-encoding, too many fields, too
     * large) or the multipart body: the request is at fault, and Tomcat says how.
     */
    @ExceptionHandler({ InvalidParameterException.class, MultipartException.class })
    String unreadable(Exception failure, HttpServletResponse response, Model model) {
        var status = failure instanceof InvalidParameterException invalid ? HttpStatus.resolve(invalid.getErrorCode())
                : null;
        return pages.render(status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST, response,
                model);
    }

    /**
     * A staff action refused by method security, in any module's admin page: Spring Security
     * answers it (the sign-in page, or the refusal page with a 403), not the error page.
     */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException denied) {
        throw denied;
    }

    /** Spring's own request errors (wrong method, unreadable body, too large) carry their status. */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception failure, HttpServletResponse response, Model model) throws AccessDeniedException {
        if (failure instanceof AccessDeniedException denied) {
            // A staff action refused by @PreAuthorize: Spring Security answers it (403, or sign-in first).
            throw denied;
        }
        if (failure instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            var status = HttpStatus.resolve(error.getStatusCode().value());
            error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            return pages.render(status == null ? HttpStatus.BAD_REQUEST : status, response, model);
        }
        log.error("Request failed", failure);
        return pages.render(HttpStatus.INTERNAL_SERVER_ERROR, response, model);
    }
}
