package org.grassroots.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.support.PostgresTestBase;
import org.grassroots.support.SharedEmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark command end to end, as {@code --grassroots.generate=tiny --grassroots.benchmark=run}
 * runs it: the application starts on a real port against a fresh database of its own on the shared
 * embedded server, generates the TINY city, and once it is up the driver signs in the bench users over
 * HTTP, runs every scenario briefly and writes the report (keep-serving, so the test JVM lives on).
 * The tests read what it left behind. The context is this class's alone (the demo city other tests
 * share is not touched) and is closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class BenchmarkIntegrationTests {

    private static final String DATABASE = "bench_driver";
    private static final Path OUTPUT = Path.of("target", "bench-test");
    private static final List<String> SCENARIOS = List.of("baseline", "level-city", "level-district", "level-street",
            "level-community", "org-branch", "compliance-city", "compliance-district", "compliance-street",
            "compliance-community", "dashboard-city", "dashboard-district", "dashboard-street",
            "dashboard-community", "search-surname-city", "search-name-city", "search-idtail-city",
            "search-surname-street", "search-name-street", "search-idtail-street", "member", "meeting-record",
            "mixed");
    private static final Pattern ROW = Pattern.compile(
            "^\\| ([a-z-]+) \\| (\\d+) \\| (\\d+) \\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+) \\| ([\\d.]+)"
                    + " \\| ([\\d.]+) \\|",
            Pattern.MULTILINE);

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void benchmarkRun(DynamicPropertyRegistry registry) {
        JdbcTemplate server = new JdbcTemplate(SharedEmbeddedPostgres.get().getPostgresDatabase());
        server.execute("drop database if exists " + DATABASE + " with (force)");
        server.execute("create database " + DATABASE);
        FileSystemUtils.deleteRecursively(OUTPUT.toFile());
        registry.add("spring.datasource.url", () -> SharedEmbeddedPostgres.get().getJdbcUrl("postgres", DATABASE));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("grassroots.demo", () -> "false");
        registry.add("grassroots.crypto.key", () -> PostgresTestBase.TEST_KEY);
        registry.add("grassroots.data-dir", () -> System.getProperty("java.io.tmpdir") + "/grassroots-test");
        registry.add("grassroots.scheduling.enabled", () -> "false");
        registry.add("grassroots.generate", () -> "tiny");
        registry.add("grassroots.benchmark", () -> "run");
        registry.add("grassroots.benchmark.keep-serving", () -> "true");
        registry.add("grassroots.benchmark.warmup", () -> "0s");
        registry.add("grassroots.benchmark.duration", () -> "0s");
        registry.add("grassroots.benchmark.concurrency", () -> "1");
        registry.add("grassroots.benchmark.mixed-concurrency", () -> "5");
        // a round to warm up, then the reported one
        registry.add("grassroots.benchmark.rounds", () -> "2");
        registry.add("grassroots.benchmark.output", OUTPUT::toString);
    }

    /** The report, read once the context (and with it the run) is up. */
    private static JsonNode json;
    private static String markdown;

    private JsonNode json() throws Exception {
        if (json == null) {
            json = ReportFiles.read(OUTPUT.resolve("report.json"));
            markdown = Files.readString(OUTPUT.resolve("report.md"), StandardCharsets.UTF_8);
        }
        return json;
    }

    @Test
    void shouldWriteEveryReportFile() throws Exception {
        assertThat(OUTPUT.resolve("report.md")).isRegularFile();
        assertThat(OUTPUT.resolve("report.json")).isRegularFile();
        assertThat(OUTPUT.resolve("report-tiny.json")).hasSameTextualContentAs(OUTPUT.resolve("report.json"));
        assertThat(json().path("scale").asString()).isEqualTo("tiny");
        assertThat(json().path("settings").path("rounds").asInt()).isEqualTo(2);
        assertThat(markdown).contains("the last of 2 rounds of every scenario");
    }

    @Test
    void shouldMeasureEveryScenarioWithoutErrors() throws Exception {
        Map<String, JsonNode> byName = scenarios();
        assertThat(byName.keySet()).containsAll(SCENARIOS);
        byName.forEach((name, s) -> {
            assertThat(s.path("requests").asLong()).as(name + " requests").isPositive();
            assertThat(s.path("errors").asLong()).as(name + " errors: " + s.path("errorKinds")).isZero();
            assertThat(s.path("serverSamples").asLong()).as(name + " server times")
                    .isEqualTo(s.path("requests").asLong());
            assertThat(s.path("server").path("p95").asDouble()).as(name + " server p95").isPositive()
                    .isLessThanOrEqualTo(s.path("client").path("max").asDouble());
        });
        assertThat(byName.get("baseline").path("p50Ratio").asDouble()).isEqualTo(1.0);
        assertThat(byName.get("mixed").path("users").asInt()).isEqualTo(5);
        assertThat(byName.get("mixed").path("accounts").asString()).contains("bench-city", "bench-branch-1");
    }

    @Test
    void shouldStoreTheRecordedMeetingsWithTheirAttendance() throws Exception {
        List<Map<String, Object>> meetings = jdbc.queryForList("""
                select m.id, m.type, count(a.member_id) as attendance,
                       count(*) filter (where a.status = 'PRESENT') as present
                from meeting m join meeting_attendance a on a.meeting_id = m.id
                where m.created_by = 'bench-community-1' and m.topic = ? group by m.id, m.type""",
                BenchScenarios.MEETING_TOPIC);
        assertThat(meetings).isNotEmpty();
        assertThat(meetings).allSatisfy(m -> {
            assertThat(m.get("type")).isEqualTo("MEMBERS_ASSEMBLY");
            assertThat((Long) m.get("attendance")).isGreaterThanOrEqualTo(3L).isEqualTo(m.get("present"));
        });
        // every measured request stored one meeting, and so did those of the first round (besides the warm-up's)
        assertThat((long) meetings.size()).isGreaterThan(scenarios().get("meeting-record").path("requests")
                .asLong());
        // as many rows as the form listed, at most the members of the community's largest branch
        Matcher listed = Pattern.compile("per virtual user\\): (\\d+);")
                .matcher(scenarios().get("meeting-record").path("notes").asString());
        assertThat(listed.find()).isTrue();
        long rows = Long.parseLong(listed.group(1));
        assertThat(meetings).allSatisfy(m -> assertThat((Long) m.get("attendance")).isEqualTo(rows));
        long largest = jdbc.queryForObject("""
                select max(n) from (select count(*) as n from party_member m join party_org o on o.id = m.party_org_id
                where o.community_id = (select region_id from app_user where username = 'bench-community-1')
                group by o.id) sizes""", Long.class);
        assertThat(rows).isLessThanOrEqualTo(largest);
    }

    @Test
    void shouldCountTheDatasetItRanOn() throws Exception {
        JsonNode dataset = json().path("dataset");
        assertThat(dataset.path("people").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from party_member", Long.class));
        assertThat(dataset.path("regions").asLong()).isEqualTo(8);
        assertThat(dataset.path("branches").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from party_org where type in ('BRANCH', 'JOINT_BRANCH')", Long.class));
        assertThat(json().path("database").path("sizeMb").asLong()).isPositive();
        assertThat(json().path("database").path("settings").path("shared_buffers").asString()).isNotBlank();
        assertThat(json().path("heap").path("usedAfterGcMb").asLong()).isPositive()
                .isLessThanOrEqualTo(json().path("heap").path("maxMb").asLong());
        assertThat(json().path("machine").path("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void shouldShowTheJsonNumbersInTheMarkdown() throws Exception {
        Map<String, JsonNode> byName = scenarios();
        Matcher row = ROW.matcher(markdown.substring(markdown.indexOf("## Scenarios"),
                markdown.indexOf("Client round trip")));
        List<String> seen = new ArrayList<>();
        while (row.find()) {
            JsonNode s = byName.get(row.group(1));
            assertThat(s).as(row.group(1)).isNotNull();
            JsonNode server = s.path("server");
            assertThat(List.of(row.group(2), row.group(3), row.group(4), row.group(5), row.group(6), row.group(7),
                    row.group(8))).as(row.group(1)).containsExactly(s.path("requests").asString(),
                    s.path("errors").asString(), ms(server.path("p50")), ms(server.path("p95")), ms(server.path("p99")),
                    ms(server.path("max")), String.format(Locale.ROOT, "%.1f", s.path("perSecond").asDouble()));
            seen.add(row.group(1));
        }
        assertThat(seen).containsExactlyElementsOf(byName.keySet());
    }

    private Map<String, JsonNode> scenarios() throws Exception {
        Map<String, JsonNode> byName = new java.util.LinkedHashMap<>();
        for (JsonNode s : json().path("scenarios")) {
            byName.put(s.path("name").asString(), s);
        }
        return byName;
    }

    private static String ms(JsonNode value) {
        return String.format(Locale.ROOT, "%.2f", value.asDouble());
    }
}
