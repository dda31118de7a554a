package org.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.grassroots.shared.BaseEntity;
import org.grassroots.support.SharedEmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every migration applies cleanly to an empty PostgreSQL database, as on a first production start
 * (style.md §4.5). Runs in a database of its own on the shared embedded server, so the demo city
 * other tests use is not touched, and drops it afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationTests {

    private static final String DATABASE = "migration_check";
    private static final List<String> EDITABLE_TABLES = List.of("region", "party_org", "party_member", "app_user");

    private static JdbcTemplate server;
    private static JdbcTemplate db;
    private static Flyway flyway;
    private static MigrateResult firstRun;

    @BeforeAll
    static void migrateEmptyDatabase() {
        server = new JdbcTemplate(SharedEmbeddedPostgres.get().getPostgresDatabase());
        server.execute("drop database if exists " + DATABASE + " with (force)");
        server.execute("create database " + DATABASE);
        String url = SharedEmbeddedPostgres.get().getJdbcUrl("postgres", DATABASE);
        db = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
        flyway = Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load();
        firstRun = flyway.migrate();
    }

    @AfterAll
    static void dropDatabase() {
        if (server != null) {
            server.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    private static long migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__[a-z0-9_]+\\.sql")).count();
        }
    }

    @Test
    @Order(1)
    @DisplayName("style.md §4.5: all versioned migrations apply to an empty database, in order, successfully")
    void shouldApplyEveryMigrationWhenDatabaseIsEmpty() throws IOException {
        long files = migrationFiles();
        assertThat(files).isPositive();
        assertThat(firstRun.success).isTrue();
        assertThat(firstRun.migrationsExecuted).isEqualTo((int) files);
        assertThat(firstRun.initialSchemaVersion).isNull();
        assertThat(firstRun.targetSchemaVersion).isEqualTo(String.valueOf(files));

        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).hasSize((int) files)
                .allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(Arrays.stream(applied).map(m -> m.getVersion().getVersion()))
                .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(files).map(String::valueOf).toList());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    @Order(2)
    void shouldCreateEveryTableWhenMigrated() {
        List<String> tables = db.queryForList(
                "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class);
        assertThat(tables).contains("region", "party_org", "party_member", "member_history", "app_user", "audit_event");
    }

    @Test
    @Order(3)
    @DisplayName("every editable table has a not-null bigint version column for optimistic locking")
    void shouldHaveVersionColumnWhenTableIsEditable() {
        for (String table : EDITABLE_TABLES) {
            List<String> version = db.queryForList("""
                    select data_type || ' ' || is_nullable from information_schema.columns
                    where table_schema = 'public' and table_name = ? and column_name = 'version'""",
                    String.class, table);
            assertThat(version).as(table).containsExactly("bigint NO");
        }
    }

    @Test
    @Order(4)
    @DisplayName("every entity extending BaseEntity (@Version) maps to a table that has the version column")
    void shouldHaveVersionColumnWhenEntityExtendsBaseEntity() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(jakarta.persistence.Entity.class));
        Set<String> versionedTables = new java.util.TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.grassroots")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (BaseEntity.class.isAssignableFrom(type)) {
                versionedTables.add(type.getAnnotation(jakarta.persistence.Table.class).name());
            }
        }
        assertThat(versionedTables).containsAll(EDITABLE_TABLES);
        Set<String> tablesWithVersion = db.queryForList("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'version'""", String.class)
                .stream().collect(Collectors.toSet());
        assertThat(tablesWithVersion).containsAll(versionedTables);
    }

    @Test
    @Order(5)
    @DisplayName("every foreign key to a Party member has an index leading with its column")
    void shouldIndexReferencingColumnWhenForeignKeyPointsAtMember() {
        // without one, each member removed or re-keyed scans the whole referencing table; a partial
        // index serves the check only when its condition is "column is not null"
        List<String> unindexed = db.queryForList("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f' and c.confrelid = 'party_member'::regclass and cardinality(c.conkey) = 1
                  and not exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1]
                      and (i.indpred is null
                           or pg_get_expr(i.indpred, i.indrelid) = '(' || a.attname || ' IS NOT NULL)'))
                order by 1""", String.class);
        assertThat(unindexed).isEmpty();
    }

    @Test
    @Order(6)
    @DisplayName("migrating again applies nothing: the schema history is complete")
    void shouldApplyNothingWhenMigratedTwice() {
        MigrateResult second = flyway.migrate();
        assertThat(second.success).isTrue();
        assertThat(second.migrationsExecuted).isZero();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
