package org.grassroots.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded database of `mvn spring-boot:run`: data persists, and a crashed run's postmaster is cleared. */
class EmbeddedPostgresConfigTests {

    private final EmbeddedPostgresConfig config = new EmbeddedPostgresConfig();

    @Test
    void shouldKeepDataWhenRestartedOnTheSameDirectory(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres first = config.embeddedPostgres(dataDir, 0, "")) {
            JdbcTemplate jdbc = new JdbcTemplate(first.getPostgresDatabase());
            jdbc.execute("create table kept (v text)");
            jdbc.update("insert into kept values ('entered before the restart')");
        }
        assertThat(Files.exists(dataDir.resolve("pg/postmaster.pid"))).isFalse();
        try (EmbeddedPostgres second = config.embeddedPostgres(dataDir, 0, "")) {
            JdbcTemplate jdbc = new JdbcTemplate(second.getPostgresDatabase());
            assertThat(jdbc.queryForObject("select v from kept", String.class)).isEqualTo("entered before the restart");
        }
    }

    @Test
    void shouldSkipTheWalOnlyForTheStartThatGeneratesACity(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgres generating = config.embeddedPostgres(dataDir, 0, "tiny")) {
            JdbcTemplate jdbc = new JdbcTemplate(generating.getPostgresDatabase());
            assertThat(jdbc.queryForObject("show wal_level", String.class)).isEqualTo("minimal");
            jdbc.execute("create table generated (v int)");
            jdbc.update("insert into generated values (7)");
        }
        try (EmbeddedPostgres serving = config.embeddedPostgres(dataDir, 0, "")) {
            JdbcTemplate jdbc = new JdbcTemplate(serving.getPostgresDatabase());
            assertThat(jdbc.queryForObject("show wal_level", String.class)).isEqualTo("replica");
            assertThat(jdbc.queryForObject("select v from generated", Integer.class)).isEqualTo(7);
        }
    }

    @Test
    void shouldStopAnOrphanedPostmasterBeforeStarting(@TempDir Path dataDir) throws Exception {
        Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingStarter.class.getName(), dataDir.toString())
                .inheritIO().start();
        assertThat(crashed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedPostgres restarted = config.embeddedPostgres(dataDir, 0, "")) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            JdbcTemplate jdbc = new JdbcTemplate(restarted.getPostgresDatabase());
            assertThat(jdbc.queryForObject("select v from survived", Integer.class)).isEqualTo(42);
        }
    }
}
