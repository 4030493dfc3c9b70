package zonepulse.store.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a client's mistake in a request to the read API ({@code limit=0}, a value out of range, a query string
 * that is not percent-encoded UTF-8) with 400 and an RFC 9457 problem naming it, logged as one WARN line. Unhandled, the validation of the controller's parameters was a
 * 500 with an ERROR and a stack trace of some fifty lines (issue 12): the client's mistake read as a fault of ours.
 */
@RestControllerAdvice(assignableTypes = StoreApiController.class)
class ClientMistakes {
    private static final Logger log = LoggerFactory.getLogger(ClientMistakes.class);

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidParameter(ConstraintViolationException e, HttpServletRequest request) {
        String detail = e.getConstraintViolations().stream()
                .map(ClientMistakes::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        log.warn("{} {}: 400, {}", request.getMethod(), pathAndQuery(request), detail);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request parameter");
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A query string that is not percent-encoded UTF-8 ({@code region=%E4%B8}): Tomcat throws when the controller's
     * parameters are read, and answered 400 only after an ERROR with the stack trace.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e, HttpServletRequest request) {
        String detail = "the query string is not valid percent-encoded UTF-8 ("
                + e.getMessage().lines().findFirst().orElse("") + ")";
        log.warn("{} {}: 400, {}", request.getMethod(), pathAndQuery(request), detail);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid query string");
        return ResponseEntity.badRequest().body(problem);
    }

    /** "limit must be greater than or equal to 1 (was 0)": the parameter's name, not the method's path to it. */
    private static String describe(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name + " " + violation.getMessage() + " (was " + violation.getInvalidValue() + ")";
    }

    private static String pathAndQuery(HttpServletRequest request) {
        return request.getQueryString() == null
                ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
    }
}
