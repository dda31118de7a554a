package org.grassroots.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.grassroots.bench.BenchReport.Growth;
import org.grassroots.bench.BenchReport.ScenarioResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The report files: the same numbers in markdown and JSON, and the growth from district to city. */
class ReportFilesTests {

    @TempDir
    Path dir;

    @Test
    void shouldWriteTheSameNumbersToMarkdownAndJson() throws Exception {
        BenchReport report = report("district",
                List.of(result("baseline", 1.5, 2.25), result("level-city", 12.34, 48.5)));
        Path md = ReportFiles.write(report, dir);

        assertThat(md).isEqualTo(dir.resolve("report.md"));
        assertThat(dir.resolve("report-district.json")).hasSameTextualContentAs(dir.resolve("report.json"));
        JsonNode json = ReportFiles.read(dir.resolve("report.json"));
        assertThat(json.path("scale").asString()).isEqualTo("district");
        JsonNode level = json.path("scenarios").get(1);
        assertThat(level.path("name").asString()).isEqualTo("level-city");
        assertThat(level.path("server").path("p50").asDouble()).isEqualTo(12.34);
        assertThat(level.path("server").path("p95").asDouble()).isEqualTo(48.5);
        assertThat(level.path("met").asBoolean()).isTrue();
        assertThat(Files.readString(md))
                .contains("| level-city | 40 | 0 | 12.34 | 48.50 | 49.00 | 60.00 | 13.3 | 0.00 | 0.00 | p95 ≤ 50 ms"
                        + " | yes |")
                .contains("| 148 | 3,504 | 1,974 | 66,570 | 0 | 0 | 71 MB |")
                .contains("- overdue-city: no drill-down link")
                .doesNotContain("Growth");
    }

    @Test
    void shouldCompareCityWithTheDistrictReportBesideIt() throws Exception {
        ReportFiles.write(report("district", List.of(result("baseline", 1.0, 2.0), result("level-city", 10, 40))),
                dir);
        List<ScenarioResult> city = List.of(result("baseline", 1.5, 2.5), result("level-city", 25, 90),
                result("only-at-city", 3, 4));

        List<Growth> growth = ReportFiles.growth("city", city, dir);

        assertThat(growth).containsExactly(new Growth("baseline", 1.0, 2.0, 1.5, 2.5, 1.5, 1.25),
                new Growth("level-city", 10, 40, 25, 90, 2.5, 2.25));
        Path md = ReportFiles.write(report("city", city, growth), dir);
        assertThat(Files.readString(md)).contains("## Growth from district to city")
                .contains("| level-city | 10.00 | 40.00 | 25.00 | 90.00 | 2.50 | 2.25 |");
        assertThat(dir.resolve("report-city.json")).exists();
        assertThat(dir.resolve("report-district.json")).as("the earlier scale's report stays").exists();
    }

    @Test
    void shouldCompareDistrictWithTheCityReportAndNothingBelowDistrict() throws Exception {
        ReportFiles.write(report("city", List.of(result("level-city", 30, 80))), dir);
        assertThat(ReportFiles.growth("district", List.of(result("level-city", 10, 40)), dir))
                .containsExactly(new Growth("level-city", 10, 40, 30, 80, 3.0, 2.0));
        assertThat(ReportFiles.growth("tiny", List.of(result("level-city", 10, 40)), dir)).isEmpty();
        assertThat(ReportFiles.growth("city", List.of(result("level-city", 10, 40)), dir.resolve("nowhere")))
                .isEmpty();
    }

    private static ScenarioResult result(String name, double p50, double p95) {
        LatencyStats server = new LatencyStats(40, p50, p95, p95 + 0.5, 60, p50);
        LatencyStats client = new LatencyStats(40, p50 + 1, p95 + 1, p95 + 2, 61, p50 + 1);
        Scenario.Target target = name.equals("baseline") ? Scenario.Target.NONE : Scenario.Target.p95(50);
        return new ScenarioResult(name, "GET something", "bench-city", 2, 40, 0, List.of(), 40, server, client, 13.3,
                3.0, 2048, 0, 0, target.text(), target.metBy(server, 13.3, 0), "");
    }

    private static BenchReport report(String scale, List<ScenarioResult> scenarios) {
        return report(scale, scenarios, List.of());
    }

    private static BenchReport report(String scale, List<ScenarioResult> scenarios, List<Growth> growth) {
        return new BenchReport("2026-11-27T03:00:00Z", "abc123", scale,
                new BenchReport.Machine(2, "Linux", "CPU", 4096, "1.00 1.00 1.00", "1.50 1.10 1.00"),
                new BenchReport.Jvm("17", "Debian", 1024),
                new BenchReport.Database("17.11", Map.of("work_mem", "4MB"), 10, 71,
                        List.of(new BenchReport.TableSize("party_member", 45))),
                new BenchReport.Dataset(148, 3504, 1974, 66570, 0, 0, false),
                new BenchReport.Settings("5s", "15s", 0, 2, 8, "60s", 1), "baseline", scenarios,
                List.of("overdue-city: no drill-down link"), new BenchReport.Heap(60, 250, 300, 1024), growth);
    }
}
