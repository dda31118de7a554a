package org.grassroots.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaticResourcesIntegrationTests extends WebIntegrationTestBase {

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({
            "/css/app.css, 200",
            "/js/app.js, 200",
            "/favicon.svg, 200",
            "/webjars/bootstrap/css/bootstrap.min.css, 200",
            "/webjars/htmx.org/dist/htmx.min.js, 200",
            "/css/no-such-file.css, 404",
    })
    void shouldServeStaticFilesUnderTheirOwnPathsOnly(String path, int expected) throws Exception {
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(expected);
    }

    @Test
    void shouldWriteEveryStyleSheetAndScriptOfAPageSoThatItLoads() throws Exception {
        String html = html(mvc.perform(get("/regions/{id}", regionOf("street")).with(as("street")))
                .andExpect(status().isOk()).andReturn());
        Matcher m = Pattern.compile("(?:href|src)=\"(/(?:webjars|css|js)/[^\"]+)\"").matcher(html);
        List<String> files = new ArrayList<>();
        while (m.find()) {
            files.add(m.group(1));
        }

        assertThat(files).anyMatch(f -> f.startsWith("/webjars/bootstrap/")).anyMatch(f -> f.startsWith("/css/"))
                .anyMatch(f -> f.startsWith("/js/"));
        for (String file : files) {
            assertThat(mvc.perform(get(file)).andReturn().getResponse().getStatus()).as(file).isEqualTo(200);
        }
        assertThat(html).contains("href=\"/regions/" + regionOf("street") + "/grid-gaps\"");
    }
}
