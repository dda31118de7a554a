package org.grassroots.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders the status pages for errors the container forwards here; never a stack trace. A direct
 * request for /error is not an error of the application and answers 404.
 */
@Controller
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
                && DatabaseFaults.isConnectionFailure(t)) {
            // a filter before the application (e.g. the grant check) could not reach the database
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            response.setHeader("Retry-After", "30");
        }
        response.setStatus(status);
        return switch (status) {
            case 503 -> "error/503";
            case 400, 403, 404, 409 -> "error/" + status;
            default -> status >= 500 ? "error/5xx" : "error/400";
        };
    }
}
