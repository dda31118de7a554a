package org.grassroots.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grassroots.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as JSON {"error": code}, before the page handler can answer with an HTML page: an
 * object outside the scope or missing is 404, a bad parameter 400 with its name.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    static final String NOT_FOUND = "not_found";
    static final String BAD_PARAMETER = "bad_parameter";

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound() {
        return answer(HttpStatus.NOT_FOUND, NOT_FOUND, null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> mismatch(MethodArgumentTypeMismatchException e) {
        // a malformed id is a missing object, as on the pages; a malformed parameter is a bad request
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return answer(HttpStatus.NOT_FOUND, NOT_FOUND, null);
        }
        return answer(HttpStatus.BAD_REQUEST, BAD_PARAMETER, e.getName());
    }

    @ExceptionHandler(ApiBadRequest.class)
    ResponseEntity<Map<String, String>> badRequest(ApiBadRequest e) {
        return answer(HttpStatus.BAD_REQUEST, BAD_PARAMETER, e.parameter());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, BAD_PARAMETER, e.getParameterName());
    }

    static ResponseEntity<Map<String, String>> answer(HttpStatus status, String error, String parameter) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
