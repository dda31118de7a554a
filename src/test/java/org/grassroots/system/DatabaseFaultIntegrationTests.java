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
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    /**
     * A write cut in the middle: creating a user inserts the account, then its audit row. A lock held
     * from another connection stops the transaction between the two; its backend is then terminated
     * (as a crash or a restart of PostgreSQL would). The caller gets the 503 page, the account is not
     * there (no half-saved write), and the same request succeeds whole once the application has
     * replaced the broken connection, without a restart.
     */
    @Test
    void shouldSaveNothingOfAWriteCutBetweenItsStatementsAndRecover() throws Exception {
        String session = signIn();
        String token = csrfToken(get("/admin/users/new", session).body());
        String username = "cut-" + System.nanoTime();
        String form = "username=" + username + "&displayName=" + enc("中断测试") + "&role=SYSTEM_ADMIN"
                + "&password=cut-pass-123&enabled=true&_csrf=" + enc(token);
        var postgres = pg.getPostgresDatabase();
        try (Connection lock = postgres.getConnection(); Connection watch = postgres.getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table audit_event in share mode");
            long t0 = System.nanoTime();
            CompletableFuture<HttpResponse<String>> cut = http.sendAsync(postRequest("/admin/users", session, form),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // the application's backend: the account inserted, waiting to insert the audit row
            int pid = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (pid == 0 && System.nanoTime() < deadline) {
                try (ResultSet rows = watch.createStatement().executeQuery("""
                        select a.pid from pg_stat_activity a
                        where a.wait_event_type = 'Lock' and a.query ilike 'insert into audit_event%'
                          and exists (select 1 from pg_locks l where l.pid = a.pid and l.granted
                                      and l.relation = 'app_user'::regclass and l.mode = 'RowExclusiveLock')""")) {
                    pid = rows.next() ? rows.getInt(1) : 0;
                }
                if (pid == 0) {
                    Thread.sleep(20);
                }
            }
            assertThat(pid).as("the write waits between its two inserts").isPositive();
            try (ResultSet killed = watch.createStatement().executeQuery("select pg_terminate_backend(" + pid + ")")) {
                assertThat(killed.next() && killed.getBoolean(1)).isTrue();
            }
            lock.rollback();

            HttpResponse<String> answer = cut.get(10, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat((System.nanoTime() - t0) / 1_000_000).as("answered in ms").isLessThan(5_000);
            assertThat(answer.body()).contains("data-status=\"503\"").doesNotContain("Exception")
                    .doesNotContain("PSQL");
            assertThat(count(watch, "select count(*) from app_user where username = '" + username + "'")).isZero();
            assertThat(count(watch, "select count(*) from audit_event where summary like 'username=" + username
                    + ",%'")).isZero();

            // recovered without a restart: the same request now saves the account and its audit row together
            assertThat(get("/admin/users", session).statusCode()).isEqualTo(200);
            String again = form.replace(enc(token), enc(csrfToken(get("/admin/users/new", session).body())));
            assertThat(post("/admin/users", session, again).statusCode()).isEqualTo(302);
            assertThat(count(watch, "select count(*) from app_user where username = '" + username + "'")).isOne();
            assertThat(count(watch, "select count(*) from audit_event where action = 'CREATE' and summary like"
                    + " 'username=" + username + ",%'")).isOne();
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
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
        return http.send(postRequest(path, session, body),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest postRequest(String path, String session, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(20));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return request.build();
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
