package org.grassroots.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.support.PostgresTestBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL stops while the application runs, on a database of its own (the shared one stays up):
 * pages answer a friendly 503 within seconds, nothing is half-saved, and when PostgreSQL is back
 * the application serves again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseFaultIntegrationTests {

    private static final String PASSWORD = "fault-pass-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private static Path dataDir;
    private static int pgPort;
    private static EmbeddedPostgres pg;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static synchronized EmbeddedPostgres start() throws IOException {
        if (dataDir == null) {
            dataDir = Files.createTempDirectory("grassroots-fault-pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                pgPort = socket.getLocalPort();
            }
        }
        pg = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(pgPort)
                .start();
        return pg;
    }

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
        String url = start().getJdbcUrl("postgres", "postgres");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("grassroots.demo", () -> "false");
        registry.add("grassroots.admin-password", () -> PASSWORD);
        registry.add("grassroots.crypto.key", () -> PostgresTestBase.TEST_KEY);
        registry.add("grassroots.data-dir", () -> dataDir.resolve("app").toString());
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (pg != null) {
            pg.close();
        }
        if (dataDir != null) {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    @Test
    void shouldAnswer503WhileDatabaseIsDownAndRecoverWithoutRestart() throws Exception {
        String session = signIn();
        assertThat(get("/admin/users", session).statusCode()).isEqualTo(200);
        String form = csrfToken(get("/account/password", session).body());

        pg.close();
        try {
            for (String path : new String[] {"/admin/users", "/audit", "/account/password"}) {
                long t0 = System.nanoTime();
                HttpResponse<String> down = get(path, session);
                long millis = (System.nanoTime() - t0) / 1_000_000;
                assertThat(down.statusCode()).as(path).isEqualTo(503);
                assertThat(millis).as(path + " answered in ms").isLessThan(10_000);
                assertThat(down.body()).contains("data-status=\"503\"").doesNotContain("Exception")
                        .doesNotContain("PSQL").doesNotContain("jdbc:");
                assertThat(down.headers().firstValue("Retry-After")).isPresent();
            }
            // a write while the database is down is refused whole
            HttpResponse<String> write = post("/account/password", session, "currentPassword=" + PASSWORD
                    + "&newPassword=changed-pass-2&confirmPassword=changed-pass-2&_csrf=" + enc(form));
            assertThat(write.statusCode()).isEqualTo(503);
            // the sign-in page needs no database
            assertThat(get("/login", null).statusCode()).isEqualTo(200);
        } finally {
            start();
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = get("/admin/users", session).statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertThat(status).as("serves again once PostgreSQL is back").isEqualTo(200);
        // nothing of the refused write was saved: the old password still signs in
        assertThat(signIn()).isNotNull();
        try (var connection = pg.getPostgresDatabase().getConnection();
                var rows = connection.createStatement().executeQuery(
                        "select count(*) from audit_event where action = 'CHANGE_PASSWORD'")) {
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
    }

    // ---------------------------------------------------------------- HTTP

    private String signIn() throws Exception {
        HttpResponse<String> page = get("/login", null);
        String anonymous = sessionOf(page);
        HttpResponse<String> in = post("/login", anonymous, "username=admin&password=" + PASSWORD + "&_csrf="
                + enc(csrfToken(page.body())));
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return sessionOf(in);
    }

    private HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String session, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(20));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sessionOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElseThrow();
    }

    private static String csrfToken(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF token in page").isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
