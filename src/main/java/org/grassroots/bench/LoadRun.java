package org.grassroots.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.grassroots.bench.BenchReport.ScenarioResult;

/**
 * Runs one scenario: every virtual user on its own thread warms up for the warm-up time (at least one
 * request each, none when it is zero), then all send measured requests back to back until the measured time is over (at
 * least one each) or the request budget is spent. Each measured request carries a key; afterwards the server times are
 * collected from {@link ServerTiming} by key, so client round trip and server time cover the same
 * requests.
 */
final class LoadRun {

    /** How long to wait for the filter to record the last requests after their answers arrived. */
    private static final long COLLECT_PATIENCE_NANOS = 2_000_000_000L;
    private static final int ERRORS_KEPT = 5;

    private static final AtomicLong KEYS = new AtomicLong();

    private final BenchmarkOptions options;
    private final ServerTiming timing;

    LoadRun(BenchmarkOptions options, ServerTiming timing) {
        this.options = options;
        this.timing = timing;
    }

    ScenarioResult run(Scenario scenario, List<VirtualUser> users, String notes)
            throws IOException, InterruptedException {
        int n = users.size();
        for (int i = 0; i < n; i++) {
            scenario.prepare().prepare(users.get(i), i);
        }
        long start = System.nanoTime();
        long measureFrom = start + options.warmup().toNanos();
        long measureUntil = measureFrom + options.duration().toNanos();
        int budget = options.requests() > 0 ? options.requests() : Integer.MAX_VALUE;
        AtomicInteger started = new AtomicInteger();
        List<List<Sample>> perUser = new ArrayList<>();
        Map<String, Integer> errorKinds = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        AtomicLong lastEnd = new AtomicLong(measureFrom);
        AtomicLong warmupErrors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Sample> samples = new ArrayList<>();
            perUser.add(samples);
            VirtualUser user = users.get(i);
            int index = i;
            Consumer<String> error = e -> errorKinds.merge(e, 1, Integer::sum);
            Runnable warmupError = warmupErrors::incrementAndGet;
            Thread t = new Thread(() -> drive(scenario, user, index, measureFrom, measureUntil, budget, started,
                    samples, lastEnd, error, warmupError), "bench-" + scenario.name() + "-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Sample> all = perUser.stream().flatMap(List::stream).toList();
        long[] client = all.stream().mapToLong(Sample::clientNanos).toArray();
        long[] server = serverTimes(all);
        long errors = all.stream().filter(s -> !s.ok()).count() + warmupErrors.get();
        double seconds = Math.max(1, lastEnd.get() - measureFrom) / 1e9;
        double perSecond = LatencyStats.round(all.size() / seconds, 1);
        LatencyStats serverStats = LatencyStats.ofNanos(server);
        LatencyStats clientStats = LatencyStats.ofNanos(client);
        long bytes = all.isEmpty() ? 0 : all.stream().mapToLong(Sample::bytes).sum() / all.size();
        List<String> kinds = errorKinds.entrySet().stream().limit(ERRORS_KEPT)
                .map(e -> e.getValue() + " × " + e.getKey()).toList();
        return new ScenarioResult(scenario.name(), scenario.description(), String.join(", ", scenario.accounts()), n,
                all.size(), errors, kinds, server.length, serverStats, clientStats, perSecond,
                LatencyStats.round(seconds, 1), bytes, 0, 0, scenario.target().text(),
                scenario.target().metBy(serverStats, perSecond, errors), notes);
    }

    private void drive(Scenario scenario, VirtualUser user, int index, long measureFrom, long measureUntil, int budget,
            AtomicInteger started, List<Sample> samples, AtomicLong lastEnd, Consumer<String> error,
            Runnable warmupError) {
        try {
            boolean warm = options.warmup().isZero();
            while (!warm || System.nanoTime() < measureFrom) {
                Scenario.Outcome outcome = perform(scenario, user, index, null);
                if (outcome.problem() != null) {
                    warmupError.run();
                    error.accept("warm-up: " + outcome.problem());
                }
                warm = true;
            }
            // every virtual user measures at least one request, even when one takes longer than the whole window
            while ((System.nanoTime() < measureUntil || samples.isEmpty()) && started.getAndIncrement() < budget) {
                String key = Long.toString(KEYS.incrementAndGet());
                long t0 = System.nanoTime();
                Scenario.Outcome outcome = perform(scenario, user, index, key);
                long t1 = System.nanoTime();
                lastEnd.accumulateAndGet(t1, Math::max);
                samples.add(new Sample(key, t1 - t0, outcome.problem() == null, outcome.bytes()));
                if (outcome.problem() != null) {
                    error.accept(outcome.problem());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request; a failed exchange (refused, reset, timed out) is an outcome, not the end of the run. */
    private static Scenario.Outcome perform(Scenario scenario, VirtualUser user, int index, String key)
            throws InterruptedException {
        try {
            return scenario.step().perform(user, index, key);
        } catch (IOException | RuntimeException e) {
            return new Scenario.Outcome(0, e.getClass().getSimpleName());
        }
    }

    /** The server times of the samples, waiting briefly for the filter to record the last ones. */
    private long[] serverTimes(List<Sample> samples) throws InterruptedException {
        long[] server = new long[samples.size()];
        int found = 0;
        long deadline = System.nanoTime() + COLLECT_PATIENCE_NANOS;
        for (Sample s : samples) {
            OptionalLong n = timing.take(s.key());
            while (n.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
                n = timing.take(s.key());
            }
            if (n.isPresent()) {
                server[found++] = n.getAsLong();
            }
        }
        return java.util.Arrays.copyOf(server, found);
    }

    private record Sample(String key, long clientNanos, boolean ok, int bytes) {
    }
}
