package org.grassroots.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.bench.BenchReport.Growth;
import org.grassroots.bench.BenchReport.ScenarioResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's {@code report.md}, {@code report.json} and {@code report-<scale>.json}; at district
 * or city scale, when the other one's {@code report-<scale>.json} lies in the same directory, the
 * report gains the growth from district to city.
 */
final class ReportFiles {

    static final String DISTRICT = "district";
    static final String CITY = "city";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportFiles() {
    }

    /** Writes the three files and returns the markdown's path. */
    static Path write(BenchReport report, Path directory) throws IOException {
        Files.createDirectories(directory);
        String json = JSON.writeValueAsString(report);
        Files.writeString(directory.resolve("report.json"), json, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("report-" + report.scale() + ".json"), json, StandardCharsets.UTF_8);
        Path md = directory.resolve("report.md");
        Files.writeString(md, report.markdown(), StandardCharsets.UTF_8);
        return md;
    }

    /**
     * The growth rows for this run's scenarios against the other scale's earlier report in the
     * directory; empty below district scale or without that report.
     */
    static List<Growth> growth(String scale, List<ScenarioResult> scenarios, Path directory) throws IOException {
        String other = switch (scale) {
            case DISTRICT -> CITY;
            case CITY -> DISTRICT;
            default -> null;
        };
        Path file = other == null ? null : directory.resolve("report-" + other + ".json");
        if (file == null || !Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode earlier = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)).path("scenarios");
        List<Growth> rows = new ArrayList<>();
        for (ScenarioResult s : scenarios) {
            Optional<JsonNode> match = find(earlier, s.name());
            if (match.isEmpty()) {
                continue;
            }
            double p50 = match.get().path("server").path("p50").asDouble();
            double p95 = match.get().path("server").path("p95").asDouble();
            rows.add(scale.equals(CITY) ? growth(s.name(), p50, p95, s.server().p50(), s.server().p95())
                    : growth(s.name(), s.server().p50(), s.server().p95(), p50, p95));
        }
        return rows;
    }

    static JsonNode read(Path json) throws IOException {
        return JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
    }

    private static Growth growth(String name, double districtP50, double districtP95, double cityP50, double cityP95) {
        return new Growth(name, districtP50, districtP95, cityP50, cityP95,
                districtP50 > 0 ? LatencyStats.round(cityP50 / districtP50, 2) : 0,
                districtP95 > 0 ? LatencyStats.round(cityP95 / districtP95, 2) : 0);
    }

    private static Optional<JsonNode> find(JsonNode scenarios, String name) {
        for (JsonNode s : scenarios) {
            if (name.equals(s.path("name").asString())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
