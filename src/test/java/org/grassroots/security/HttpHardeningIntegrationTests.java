package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.grassroots.support.ServerTestBase;
import org.junit.jupiter.api.Test;

/**
 * What only a real server shows: the session cookie's flags, the missing server banner, the
 * container's own error page, and the session's life (a new id at sign-in, none after logout).
 */
class HttpHardeningIntegrationTests extends ServerTestBase {

    @Test
    void shouldSetAnHttpOnlySameSiteCookieThatIsSecureBehindTls() throws Exception {
        HttpResponse<String> plain = get("/login", null);
        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(plain.headers().firstValue("Server")).isEmpty();
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        // a TLS-terminating proxy on the same host forwards the scheme
        HttpResponse<String> tls = get("/login", null, "X-Forwarded-Proto", "https");
        assertThat(tls.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure").contains("HttpOnly");
        assertThat(tls.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void shouldSendTheHeadersOnAnErrorPageTheContainerForwards() throws Exception {
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base() + "/login")).method("PUT", java.net.http.HttpRequest.BodyPublishers
                        .noBody()).header("X-CSRF-TOKEN", "none").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(403);
        HttpResponse<String> missing = get("/css/no-such-file.css", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        for (HttpResponse<String> r : java.util.List.of(response, missing)) {
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(r.headers().firstValue("Server")).isEmpty();
            assertThat(r.body()).doesNotContain("Exception").doesNotContainIgnoringCase("tomcat");
        }
    }

    @Test
    void shouldAnswerARequestTheContainerRejectsWithoutBanner() throws Exception {
        String answer;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /members?q=<script> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            answer = bytes.toString(StandardCharsets.ISO_8859_1);
        }
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception")
                .doesNotContainIgnoringCase("\r\nServer:");
    }

    @Test
    void shouldChangeTheSessionIdAtSignInAndForgetItAtLogout() throws Exception {
        HttpResponse<String> loginPage = get("/login", null);
        String anonymous = sessionSet(loginPage);
        String token = csrfToken(loginPage.body());

        // without the token, or with a wrong one, the sign-in itself is refused
        assertThat(post("/login", anonymous, "username=street&password=" + DEMO_PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(post("/login", anonymous, "username=street&password=" + DEMO_PASSWORD + "&_csrf=wrong")
                .statusCode()).isEqualTo(403);

        HttpResponse<String> signedIn = post("/login", anonymous,
                "username=street&password=" + DEMO_PASSWORD + "&_csrf=" + encode(token));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String session = sessionSet(signedIn);
        assertThat(session).as("a new session id at sign-in").isNotNull().isNotEqualTo(anonymous);
        // the id from before sign-in is worth nothing
        assertThat(get("/", anonymous).headers().firstValue("Location").orElse("")).endsWith("/login");

        HttpResponse<String> home = get("/", session);
        assertThat(home.statusCode()).isEqualTo(302);
        String page = get(home.headers().firstValue("Location").orElseThrow().replace(base(), ""), session).body();

        // logging out without the token changes nothing
        assertThat(post("/logout", session, "").statusCode()).isEqualTo(403);
        assertThat(get("/", session).headers().firstValue("Location").orElse("")).doesNotEndWith("/login");

        HttpResponse<String> out = post("/logout", session, "_csrf=" + encode(csrfToken(page)));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        HttpResponse<String> after = get("/", session);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
