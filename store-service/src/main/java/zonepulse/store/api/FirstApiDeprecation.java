package zonepulse.store.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The first API's paths ({@link StoreApiController}: {@code /api/projects}, {@code /api/projects/{key}},
 * {@code /api/indicators}, {@code /api/articles/{id}}, {@code /api/stats}) keep working, and every answer of theirs,
 * an error's too, says they are deprecated and where their successor is, so that a client can move before they go: a
 * {@code Deprecation} header (RFC 9745: since when, as a structured-field date) and a {@code Link} to the same
 * resource in the read API v1 with {@code rel="successor-version"} (RFC 5829, as RFC 8594 and RFC 9745 use it). The
 * successor is the path with {@code /api/v1/} for {@code /api/}; its parameters differ (see the README) and are not
 * carried over. Set before the handler runs, so that a 400, 404 or 503 carries them as well.
 */
@Configuration(proxyBeanMethods = false)
class FirstApiDeprecation implements WebMvcConfigurer {
    /** When the read API v1 replaced these paths: its release. */
    static final Instant DEPRECATED_SINCE = Instant.parse("2026-12-01T00:00:00Z");

    static final String DEPRECATION = "Deprecation";

    private static final String FIRST_API = "/api/";
    private static final String READ_API_V1 = "/api/v1/";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && method.getBeanType() == StoreApiController.class) {
                    response.setHeader(DEPRECATION, "@" + DEPRECATED_SINCE.getEpochSecond());
                    response.addHeader(HttpHeaders.LINK, "<" + successor(request) + ">; rel=\"successor-version\"");
                }
                return true;
            }
        });
    }

    /** The request's path in the read API v1, as sent (percent-encoded, so the header stays ASCII). */
    static String successor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(FIRST_API)) {
            throw new IllegalStateException("not a path of the first API: " + path);
        }
        return request.getContextPath() + READ_API_V1 + path.substring(FIRST_API.length());
    }
}
