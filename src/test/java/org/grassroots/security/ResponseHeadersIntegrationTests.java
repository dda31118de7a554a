package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Map;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The hardening headers of docs/security.md on every kind of answer: a page, an error page, a
 * static file, the sign-in page and a refusal. Error pages never show a stack trace or SQL.
 */
class ResponseHeadersIntegrationTests extends WebIntegrationTestBase {

    private static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY");

    @Test
    void shouldSendTheHardeningHeadersOnEveryKindOfAnswer() throws Exception {
        long org = orgOf("branch");
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/orgs/" + org).with(as("branch")),            // a page
                get("/orgs/999999999").with(as("branch")),         // 404 error page
                get("/admin/users").with(as("branch")),            // 403 refusal
                get("/css/app.css"),                               // static file
                get("/js/app.js"),
                get("/login"),                                     // anonymous page
                get("/members"));                                  // anonymous redirect
        for (MockHttpServletRequestBuilder request : requests) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String csp = response.getHeader("Content-Security-Policy");
            assertThat(csp).as("CSP").isNotNull().contains("default-src 'self'", "script-src 'self'",
                    "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
            assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            HEADERS.forEach((name, value) -> assertThat(response.getHeader(name)).as(name).isEqualTo(value));
            assertThat(response.getHeader("Server")).as("Server").isNull();
            assertThat(response.getHeader("X-Powered-By")).as("X-Powered-By").isNull();
        }
    }

    @Test
    void shouldShowNeitherStackTraceNorSqlOnAServerErrorPage() throws Exception {
        String secret = "select id_number_cipher from party_member where name = 'x'";
        MockHttpServletResponse response = mvc.perform(get("/error").with(as("community"))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(secret))
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, secret)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/members"))
                .andReturn().getResponse();
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body).contains("id=\"error-title\"")
                .doesNotContain("select ").doesNotContain("IllegalStateException")
                .doesNotContain("at org.").doesNotContain("Exception");
    }

    @Test
    void shouldKeepEveryTemplateFreeOfInlineScriptsAndStyles() throws Exception {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        for (var template : resolver.getResources("classpath*:templates/**/*.html")) {
            String text = template.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).as(template.getFilename())
                    .doesNotContainPattern("(?i)\\sstyle\\s*=")
                    .doesNotContainPattern("(?i)<style")
                    .doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                    .doesNotContainPattern("(?i)javascript:")
                    // a script element either loads a file or holds data (a JSON block, never run)
                    .doesNotContainPattern("(?i)<script(?![^>]*\\bsrc=)(?![^>]*\\btype=\"application/json\")[^>]*>");
        }
    }
}
