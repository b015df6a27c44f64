package news.masthead.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Errors raised before a controller is reached (the container's own 400s, filters) land here. */
@Controller
class SiteErrorController implements ErrorController {

    private final ErrorPages pages;

    SiteErrorController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return pages.render(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, response, model);
    }
}
