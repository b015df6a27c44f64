package news.masthead.site.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The words on each error page. */
@Component
class ErrorPages {

    private final Layouts layouts;

    ErrorPages(Layouts layouts) {
        this.layouts = layouts;
    }

    String render(HttpStatus status, HttpServletResponse response, Model model) {
        response.setStatus(status.value());
        response.setHeader("Cache-Control", "no-store");
        var heading = switch (status) {
            case NOT_FOUND -> "We could not find that page";
            case BAD_REQUEST, UNPROCESSABLE_CONTENT -> "That request did not make sense to us";
            case METHOD_NOT_ALLOWED -> "That is not something this page can do";
            case PAYLOAD_TOO_LARGE -> "That was too much to send at once";
            case FORBIDDEN -> "You may not see this page";
            default -> status.is5xxServerError() ? "Something went wrong on our side" : "That did not work";
        };
        var message = switch (status) {
            case NOT_FOUND -> "The story may have moved, or the address may be mistyped. Try the front page or one of the sections below.";
            case INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE -> "We have been told about it. Please try again in a moment.";
            default -> "Please go back and try again, or start from the front page.";
        };
        var layout = layouts.of(Seo.page(heading, message, "/").notIndexed());
        model.addAttribute("page", new ErrorPage(layout, status.value(), heading, message));
        return "site/error";
    }
}
