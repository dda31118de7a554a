package org.grassroots.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.grassroots.support.ServerTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The read API behind a real container, where an unmapped path is forwarded to the error page. */
class ApiServerIntegrationTests extends ServerTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldAnswerAPathTheApiDoesNotHaveWithJsonNotFound() throws Exception {
        String token = TokenService.PREFIX + UUID.randomUUID().toString().replace("-", "");
        jdbc.update("""
                insert into api_token (user_id, name, token_hash, token_hint)
                select id, 'test', ?, ? from app_user where username = 'street'""",
                TokenService.hash(token), token.substring(0, 8));
        long street = jdbc.queryForObject("select region_id from app_user where username = 'street'", Long.class);
        for (String path : List.of("/api/v1/nothing", "/api/v1/regions/" + street + "/nothing")) {
            HttpResponse<String> answer = get(path, null, "Authorization", "Bearer " + token);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(answer.body()).as(path).isEqualTo("{\"error\":\"not_found\"}");
        }
        // a mapped path keeps its own answer, and a missing path outside the API is the pages' business
        // (an anonymous caller is sent to sign in first)
        assertThat(get("/api/v1/regions/" + street, null, "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(200);
        HttpResponse<String> page = get("/nothing", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.body()).doesNotContain("not_found");
    }
}
