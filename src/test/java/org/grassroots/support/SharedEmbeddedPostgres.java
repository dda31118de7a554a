package org.grassroots.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL per test JVM, started by the first test context that needs it. zonky's own
 * shutdown hook stops it when the JVM exits, so no postmaster outlives `mvn verify`.
 */
public final class SharedEmbeddedPostgres {

    private static EmbeddedPostgres instance;

    private SharedEmbeddedPostgres() {
    }

    public static synchronized EmbeddedPostgres get() {
        if (instance == null) {
            try {
                instance = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public static String jdbcUrl() {
        return get().getJdbcUrl("postgres", "postgres");
    }
}
