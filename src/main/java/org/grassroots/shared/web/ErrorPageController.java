package org.grassroots.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Renders the status pages for errors the container forwards here; never a stack trace. A direct
 * request for /error is not an error of the application and answers 404. A path under /api/ that maps
 * to nothing answers like the read API itself, {"error": "not_found"} (api.ApiErrors), not a page.
 */
@Controller
class ErrorPageController implements ErrorController {

    /** The read API's answer for a path it does not have. */
    private static final View API_NOT_FOUND = new View() {

        @Override
        public String getContentType() {
            return MediaType.APPLICATION_JSON_VALUE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"not_found\"}");
        }
    };

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
                && DatabaseFaults.isConnectionFailure(t)) {
            // a filter before the application (e.g. the grant check) could not reach the database
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            response.setHeader("Retry-After", "30");
        }
        response.setStatus(status);
        if (status == HttpServletResponse.SC_NOT_FOUND
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith("/api/")) {
            return new ModelAndView(API_NOT_FOUND);
        }
        return new ModelAndView(switch (status) {
            case 503 -> "error/503";
            case 400, 403, 404, 409 -> "error/" + status;
            default -> status >= 500 ? "error/5xx" : "error/400";
        });
    }
}
