package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in page is observed once, as a request, and not once more for every filter, authentication
 * and access decision of the security chain (see SecurityConfig#securityObservationSettings), nor for
 * every repository call (application.properties).
 */
class SecurityObservationIntegrationTests extends WebIntegrationTestBase {

    @Autowired
    private MeterRegistry meters;

    @Test
    void shouldObserveTheRequestButNotTheSecurityChainsSteps() throws Exception {
        long org = orgOf("branch");
        int status = mvc.perform(get("/orgs/" + org).with(as("branch"))).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(200);
        List<String> names = meters.getMeters().stream().map(m -> m.getId().getName()).distinct().toList();
        assertThat(names).contains("http.server.requests");
        assertThat(names).noneMatch(name -> name.startsWith("spring.security"));
        assertThat(names).noneMatch(name -> name.startsWith("spring.data.repository"));
        assertThat(meters.find("http.server.requests").meters()).extracting(Meter::getId)
                .anyMatch(id -> "/orgs/{id}".equals(id.getTag("uri")));
    }
}
