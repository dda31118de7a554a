package org.grassroots.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one benchmark run found, written as {@code report.md} and {@code report.json} with the
 * same numbers (the JSON is this record as it is). Latencies are milliseconds rounded to 0.01, ratios
 * to 0.01, throughput to 0.1 a second.
 */
record BenchReport(String date, String commit, String scale, Machine machine, Jvm jvm, Database database,
        Dataset dataset, Settings settings, String baseline, List<ScenarioResult> scenarios, List<String> skipped,
        Heap heap, List<Growth> growth) {

    record Machine(int cores, String os, String cpu, long memoryMb, String loadBefore, String loadAfter) {
    }

    record Jvm(String version, String vendor, long maxHeapMb) {
    }

    /** The PostgreSQL server, the settings that matter for speed, the pool and the database's size. */
    record Database(String version, Map<String, String> settings, int poolSize, long sizeMb,
            List<TableSize> largestTables) {
    }

    record TableSize(String table, long sizeMb) {
    }

    /** Rows of the dataset; tables of more than a million rows are PostgreSQL's estimate ({@code estimated}). */
    record Dataset(long regions, long organizations, long branches, long people, long meetings, long attendanceRows,
            boolean estimated) {
    }

    /** The options the run used. */
    record Settings(String warmup, String duration, int requests, int concurrency, int mixedConcurrency,
            String timeout, int rounds) {
    }

    /**
     * One scenario's figures: server time (the targets) and client round trip over the same measured
     * requests, and the ratios of the server p50 and p95 to the baseline's.
     */
    record ScenarioResult(String name, String description, String accounts, int users, long requests, long errors,
            List<String> errorKinds, long serverSamples, LatencyStats server, LatencyStats client, double perSecond,
            double seconds, long meanBytes, double p50Ratio, double p95Ratio, String target, Boolean met,
            String notes) {

        ScenarioResult withRatiosTo(ScenarioResult baseline) {
            return new ScenarioResult(name, description, accounts, users, requests, errors, errorKinds, serverSamples,
                    server, client, perSecond, seconds, meanBytes, ratio(server.p50(), baseline.server.p50()),
                    ratio(server.p95(), baseline.server.p95()), target, met, notes);
        }

        private static double ratio(double value, double base) {
            return base > 0 ? LatencyStats.round(value / base, 2) : 0;
        }
    }

    /** Used heap right after a full GC at the end, the peak (sum of the heap pools' peaks) and the maximum. */
    record Heap(long usedAfterGcMb, long peakMb, long committedMb, long maxMb) {
    }

    /** One scenario at district and at city scale: server p50 and p95, and city ÷ district. */
    record Growth(String scenario, double districtP50, double districtP95, double cityP50, double cityP95,
            double p50Ratio, double p95Ratio) {
    }

    long errors() {
        return scenarios.stream().mapToLong(ScenarioResult::errors).sum();
    }

    // ---------------------------------------------------------------- markdown

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark report\n\n");
        md.append("- date: ").append(date).append('\n');
        md.append("- commit: ").append(commit).append('\n');
        md.append("- scale: ").append(scale).append('\n');
        md.append("- machine: ").append(machine.cores).append(" cores, ").append(machine.cpu).append(", ")
                .append(machine.memoryMb).append(" MB memory, ").append(machine.os).append('\n');
        md.append("- load average (1, 5, 15 min): before ").append(machine.loadBefore).append(", after ")
                .append(machine.loadAfter).append('\n');
        md.append("- Java: ").append(jvm.version).append(" (").append(jvm.vendor).append("), max heap ")
                .append(jvm.maxHeapMb).append(" MB\n");
        md.append("- PostgreSQL: ").append(database.version).append("; ");
        database.settings.forEach((k, v) -> md.append(k).append(' ').append(v).append(", "));
        md.append("Hikari pool ").append(database.poolSize).append('\n');
        md.append("- run: warm-up ").append(settings.warmup).append(", measured ").append(settings.duration)
                .append(settings.requests > 0 ? " or " + settings.requests + " requests" : "")
                .append(" per scenario, ").append(settings.concurrency).append(" virtual users (mixed: ")
                .append(settings.mixedConcurrency).append("), timeout ").append(settings.timeout)
                .append(settings.rounds > 1 ? ", the last of " + settings.rounds + " rounds of every scenario" : "")
                .append('\n');
        md.append("\n## Dataset\n\n");
        md.append("| regions | organizations | branches | people | meetings | attendance rows | database |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        md.append("| ").append(count(dataset.regions)).append(" | ").append(count(dataset.organizations)).append(" | ")
                .append(count(dataset.branches)).append(" | ").append(count(dataset.people)).append(" | ")
                .append(count(dataset.meetings)).append(" | ").append(count(dataset.attendanceRows)).append(" | ")
                .append(count(database.sizeMb)).append(" MB |\n");
        if (dataset.estimated) {
            md.append("\nTables over a million rows are counted by PostgreSQL's estimate (pg_class.reltuples).\n");
        }
        md.append("\nLargest tables (with their indexes): ");
        List<String> tables = new ArrayList<>();
        database.largestTables.forEach(t -> tables.add(t.table() + " " + count(t.sizeMb()) + " MB"));
        md.append(String.join(", ", tables)).append(".\n");

        md.append("\n## Scenarios\n\n");
        md.append("Server time (the filter around the whole request, security included; the targets are judged on it)")
                .append(" in ms; ×base: the server p50 and p95 divided by those of `").append(baseline)
                .append("`.\n\n");
        md.append("| scenario | requests | errors | p50 | p95 | p99 | max | req/s | p50 ×base | p95 ×base | target")
                .append(" | met |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ScenarioResult s : scenarios) {
            md.append("| ").append(s.name).append(" | ").append(s.requests).append(" | ").append(s.errors).append(" | ")
                    .append(ms(s.server.p50())).append(" | ").append(ms(s.server.p95())).append(" | ")
                    .append(ms(s.server.p99())).append(" | ").append(ms(s.server.max())).append(" | ")
                    .append(rate(s.perSecond)).append(" | ").append(ms(s.p50Ratio)).append(" | ")
                    .append(ms(s.p95Ratio)).append(" | ").append(s.target).append(" | ").append(met(s.met))
                    .append(" |\n");
        }
        md.append("\nClient round trip (the driver's HTTP client in the same JVM, same requests) in ms:\n\n");
        md.append("| scenario | users | p50 | p95 | p99 | max | mean bytes |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (ScenarioResult s : scenarios) {
            md.append("| ").append(s.name).append(" | ").append(s.users).append(" | ").append(ms(s.client.p50()))
                    .append(" | ").append(ms(s.client.p95())).append(" | ").append(ms(s.client.p99())).append(" | ")
                    .append(ms(s.client.max())).append(" | ").append(count(s.meanBytes)).append(" |\n");
        }
        md.append("\n### What each scenario does\n\n");
        for (ScenarioResult s : scenarios) {
            md.append("- `").append(s.name).append("` (").append(s.accounts).append("): ").append(s.description);
            if (s.notes != null && !s.notes.isBlank()) {
                md.append(" ").append(s.notes);
            }
            if (!s.errorKinds.isEmpty()) {
                md.append(" Errors: ").append(String.join("; ", s.errorKinds)).append('.');
            }
            md.append('\n');
        }
        if (!skipped.isEmpty()) {
            md.append("\nNot run on this dataset:\n\n");
            skipped.forEach(s -> md.append("- ").append(s).append('\n'));
        }
        md.append("\n## Heap\n\n");
        md.append("| used after GC | peak (sum of heap pools) | committed | max |\n|---|---|---|---|\n");
        md.append("| ").append(heap.usedAfterGcMb).append(" MB | ").append(heap.peakMb).append(" MB | ")
                .append(heap.committedMb).append(" MB | ").append(heap.maxMb).append(" MB |\n");
        if (!growth.isEmpty()) {
            md.append("\n## Growth from district to city\n\n");
            md.append("Server time in ms; ratio: city ÷ district.\n\n");
            md.append("| scenario | district p50 | district p95 | city p50 | city p95 | p50 ratio | p95 ratio |\n");
            md.append("|---|---|---|---|---|---|---|\n");
            for (Growth g : growth) {
                md.append("| ").append(g.scenario).append(" | ").append(ms(g.districtP50)).append(" | ")
                        .append(ms(g.districtP95)).append(" | ").append(ms(g.cityP50)).append(" | ")
                        .append(ms(g.cityP95)).append(" | ").append(ms(g.p50Ratio)).append(" | ")
                        .append(ms(g.p95Ratio)).append(" |\n");
            }
        }
        return md.toString();
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String rate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String met(Boolean met) {
        return met == null ? "" : met ? "yes" : "**no**";
    }
}
