package org.grassroots.support;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Points every test context at the shared embedded PostgreSQL (so the application's own embedded
 * database stays off) and seeds the demo city into it once: tests read the same city users see.
 */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public abstract class PostgresTestBase {

    /** 32 bytes for tests only; production keys come from GRASSROOTS_CRYPTO_KEY or the data directory. */
    public static final String TEST_KEY = "dGVzdC1rZXktZm9yLWdyYXNzcm9vdHMtMzItYnl0ZXM=";

    @DynamicPropertySource
    static void postgresProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", SharedEmbeddedPostgres::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("grassroots.demo", () -> "true");
        registry.add("grassroots.crypto.key", () -> TEST_KEY);
        registry.add("grassroots.data-dir", () -> System.getProperty("java.io.tmpdir") + "/grassroots-test");
    }
}
