package org.grassroots.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starts the embedded database, writes a row, then dies at once as after kill -9: the postmaster is orphaned. */
public final class CrashingStarter {

    private CrashingStarter() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = new EmbeddedPostgresConfig().embeddedPostgres(Path.of(args[0]), 0, "");
        JdbcTemplate jdbc = new JdbcTemplate(pg.getPostgresDatabase());
        jdbc.execute("create table survived (v int)");
        jdbc.update("insert into survived values (42)");
        Runtime.getRuntime().halt(0);
    }
}
