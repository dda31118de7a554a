package org.grassroots.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * How the benchmark runs, from {@code grassroots.benchmark.*} (or the matching environment
 * variables, e.g. {@code GRASSROOTS_BENCHMARK_DURATION}). The defaults let a city-scale run of every
 * scenario finish in about ten minutes; see docs/performance.md, "Running the benchmark".
 *
 * @param warmup unmeasured requests per scenario first, for this long (each virtual user at least one; none
 *        when zero)
 * @param duration the measured time per scenario
 * @param requests at most this many measured requests per scenario; 0: as many as fit the duration
 * @param concurrency virtual users per scenario
 * @param mixedConcurrency virtual users of the mixed scenario, spread over the five levels
 * @param timeout the longest a request may take before it counts as an error
 * @param scenarios only the scenarios whose names start with one of these; empty: all
 * @param output the directory of the report files
 * @param scale the name of the dataset's scale in the report; empty: inferred from the people
 * @param keepServing true: the application keeps serving after the report instead of exiting
 * @param password the password of the generated bench users
 * @param rounds every scenario this many times, one after the other, the last round reported: the rounds
 *        before it warm the server up (its code compiled by the JIT, which takes minutes on two cores)
 */
record BenchmarkOptions(Duration warmup, Duration duration, int requests, int concurrency, int mixedConcurrency,
        Duration timeout, Set<String> scenarios, Path output, String scale, boolean keepServing, String password,
        int rounds) {

    static final String MODE = "grassroots.benchmark";
    private static final String PREFIX = MODE + ".";

    static BenchmarkOptions from(Environment env) {
        return new BenchmarkOptions(duration(env, "warmup", "5s"), duration(env, "duration", "15s"),
                env.getProperty(PREFIX + "requests", Integer.class, 0),
                Math.max(1, env.getProperty(PREFIX + "concurrency", Integer.class, 2)),
                Math.max(1, env.getProperty(PREFIX + "mixed-concurrency", Integer.class, 8)),
                duration(env, "timeout", "60s"),
                Arrays.stream(env.getProperty(PREFIX + "scenarios", "").split(","))
                        .map(String::trim).filter(StringUtils::hasText).collect(Collectors.toUnmodifiableSet()),
                Path.of(env.getProperty(PREFIX + "output", "target/bench")),
                env.getProperty(PREFIX + "scale", "").trim().toLowerCase(Locale.ROOT),
                env.getProperty(PREFIX + "keep-serving", Boolean.class, false),
                env.getProperty("grassroots.bench.password", "bench12345"),
                Math.max(1, env.getProperty(PREFIX + "rounds", Integer.class, 1)));
    }

    /** Whether the scenario of this name is to run. */
    boolean selects(String scenario) {
        return scenarios.isEmpty() || scenarios.stream().anyMatch(scenario::startsWith);
    }

    private static Duration duration(Environment env, String name, String fallback) {
        return DurationStyle.detectAndParse(env.getProperty(PREFIX + name, fallback).trim());
    }
}
