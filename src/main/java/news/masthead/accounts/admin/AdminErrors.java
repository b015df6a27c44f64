package news.masthead.accounts.admin;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Failures in the admin get the admin's own error page, in its frame, never a stack trace. */
@ControllerAdvice(basePackageClasses = AdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors {

    private static final Logger log = LoggerFactory.getLogger(AdminErrors.class);

    private final AdminLayouts layouts;

    AdminErrors(AdminLayouts layouts) {
        this.layouts = layouts;
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class,
            InvalidParameterException.class })
    String badRequest(HttpServletRequest request, HttpServletResponse response, @Nullable Principal principal,
            Model model) {
        return render(HttpStatus.BAD_REQUEST, request, response, principal, model);
    }

    /** Spring Security answers these itself, with the refusal page and a 403. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException denied) {
        throw denied;
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception failure, HttpServletRequest request, HttpServletResponse response,
            @Nullable Principal principal, Model model) {
        if (failure instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            var status = HttpStatus.resolve(error.getStatusCode().value());
            return render(status == null ? HttpStatus.BAD_REQUEST : status, request, response, principal, model);
        }
        log.error("Admin request failed", failure);
        return render(HttpStatus.INTERNAL_SERVER_ERROR, request, response, principal, model);
    }

    private String render(HttpStatus status, HttpServletRequest request, HttpServletResponse response,
            @Nullable Principal principal, Model model) {
        response.setStatus(status.value());
        var heading = status.is5xxServerError() ? "Something went wrong on our side" : "That request did not work";
        var message = status.is5xxServerError() ? "It has been logged. Please try again in a moment."
                : "Please go back, reload the page and try again.";
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var layout = csrf == null ? new AdminLayout("Error", null, "_csrf", "", List.of())
                : layouts.of("Error", csrf, principal);
        model.addAttribute("page", new MessagePage(layout, status.value(), heading, message, "/admin",
                "Back to the dashboard"));
        return "admin/message";
    }
}
