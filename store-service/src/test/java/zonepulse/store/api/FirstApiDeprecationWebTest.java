package zonepulse.store.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import zonepulse.store.storage.EventQueries;
import zonepulse.store.storage.StoreUnavailableException;

/**
 * The first API's paths still answer, each answer (an error's too) marked deprecated (RFC 9745) with a link to the
 * same resource in the read API v1 (rel="successor-version"). What they answer is StoreServiceContract's; the store
 * is a mock here, as only the web layer is under test.
 */
@WebMvcTest(
        controllers = StoreApiController.class,
        // the read API v1's advice (its problems) has its own settings; not the first API's
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "zonepulse\\.store\\.readapi\\..*"))
class FirstApiDeprecationWebTest {
    /** 2026-12-01T00:00:00Z, the read API v1's release, as an RFC 9651 date. */
    private static final String DEPRECATED_SINCE = "@1796083200";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EventQueries queries;

    @ParameterizedTest
    @CsvSource({
        "/api/projects?stage=signed&limit=5, /api/v1/projects",
        "/api/projects/京东方产线, /api/v1/projects/%E4%BA%AC%E4%B8%9C%E6%96%B9%E4%BA%A7%E7%BA%BF",
        "/api/indicators?articleId=a1, /api/v1/indicators",
        "/api/articles/a1, /api/v1/articles/a1",
        "/api/stats?include=superseded, /api/v1/stats"
    })
    void everyPathStillAnswersMarkedDeprecatedWithItsSuccessor(String path, String successor) throws Exception {
        when(queries.projects(any())).thenReturn(List.of(Map.of("_id", "京东方产线")));
        when(queries.project(anyString())).thenReturn(Optional.of(Map.of("_id", "京东方产线")));
        when(queries.indicators(any())).thenReturn(List.of(Map.of("_id", "i1")));
        when(queries.article(anyString())).thenReturn(Optional.of(Map.of("_id", "a1")));
        when(queries.counts(anyBoolean())).thenReturn(Map.of("articles", 1L));

        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(header().string("Deprecation", DEPRECATED_SINCE))
                .andExpect(header().string("Link", "<" + successor + ">; rel=\"successor-version\""));
    }

    @Test
    void errorsAreMarkedToo() throws Exception {
        when(queries.project(anyString())).thenReturn(Optional.empty());
        mvc.perform(get("/api/projects/no-such-project"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Deprecation", DEPRECATED_SINCE))
                .andExpect(header().string("Link", "</api/v1/projects/no-such-project>; rel=\"successor-version\""));

        mvc.perform(get("/api/indicators?limit=0"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Deprecation", DEPRECATED_SINCE));

        when(queries.counts(anyBoolean())).thenThrow(new StoreUnavailableException("MongoDB failed counting", null));
        mvc.perform(get("/api/stats"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(header().string("Deprecation", DEPRECATED_SINCE))
                .andExpect(header().string("Link", "</api/v1/stats>; rel=\"successor-version\""));
    }
}
