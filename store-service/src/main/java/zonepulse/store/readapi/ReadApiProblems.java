package zonepulse.store.readapi;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import zonepulse.store.storage.StoreUnavailableException;

/**
 * The read API v1's errors as RFC 9457 problem details ({@code application/problem+json}): 400 with the bad
 * parameter's name in {@code parameter}, 404 for an unknown id, 503 with {@code Retry-After} while MongoDB is
 * unavailable. A client's mistake is one WARN line, never an ERROR with a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ReadApiProblems.class)
class ReadApiProblems {
    private static final Logger log = LoggerFactory.getLogger(ReadApiProblems.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final ReadApiProperties properties;

    ReadApiProblems(ReadApiProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(BadParameterException.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameterException e, HttpServletRequest request) {
        return badRequest(e.parameter(), e.getMessage(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String type = e.getRequiredType() == null
                ? "another type"
                : e.getRequiredType().getSimpleName();
        return badRequest(
                e.getName(), e.getName() + ": must be " + article(type) + " (was " + e.getValue() + ")", request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return badRequest(e.getParameterName(), e.getParameterName() + ": is required", request);
    }

    /** A query string that is not percent-encoded UTF-8: Tomcat refuses it when the parameters are read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e, HttpServletRequest request) {
        return badRequest(
                null,
                "the query string is not valid percent-encoded UTF-8 ("
                        + e.getMessage().lines().findFirst().orElse("") + ")",
                request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(PROBLEM).body(problem);
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(StoreUnavailableException e, HttpServletRequest request) {
        log.warn("{} {}: 503, {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "the store's database is unavailable; try again later");
        problem.setTitle("Store unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(properties.retryAfter().toSeconds()))
                .contentType(PROBLEM)
                .body(problem);
    }

    private static ResponseEntity<ProblemDetail> badRequest(
            String parameter, String detail, HttpServletRequest request) {
        log.warn(
                "{} {}: 400, {}",
                request.getMethod(),
                request.getQueryString() == null
                        ? request.getRequestURI()
                        : request.getRequestURI() + "?" + request.getQueryString(),
                detail);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request parameter");
        if (parameter != null) {
            problem.setProperty("parameter", parameter);
        }
        return ResponseEntity.badRequest().contentType(PROBLEM).body(problem);
    }

    private static String article(String type) {
        return switch (type) {
            case "Integer", "int" -> "an integer";
            default -> "a " + type;
        };
    }
}
