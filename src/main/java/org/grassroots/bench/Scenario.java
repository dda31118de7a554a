package org.grassroots.bench;

import java.io.IOException;
import java.util.List;

/**
 * One thing the benchmark measures: which accounts its virtual users sign in with (virtual user
 * {@code i} takes account {@code i mod n}), what one request is, and the target it is judged by.
 *
 * @param name short and stable (report rows, the growth comparison, {@code grassroots.benchmark.scenarios})
 * @param description what one request does, for the report
 * @param accounts the bench users signing in
 * @param target the target, or {@link Target#NONE}
 * @param concurrency virtual users; 0: the run's {@code concurrency}
 * @param prepare what each virtual user does once before the scenario starts (not measured)
 * @param step one request of a virtual user
 */
record Scenario(String name, String description, List<String> accounts, Target target, int concurrency,
        Prepare prepare, Step step) {

    Scenario(String name, String description, List<String> accounts, Target target, int concurrency, Step step) {
        this(name, description, accounts, target, concurrency, Prepare.NOTHING, step);
    }

    /** Setting up virtual user {@code userIndex} (0-based) before the scenario's first request. */
    @FunctionalInterface
    interface Prepare {
        Prepare NOTHING = (user, userIndex) -> { };

        void prepare(VirtualUser user, int userIndex) throws IOException, InterruptedException;
    }

    /** One request of virtual user {@code userIndex} (0-based); {@code key} names it for the server's timing filter. */
    @FunctionalInterface
    interface Step {
        Outcome perform(VirtualUser user, int userIndex, String key) throws IOException, InterruptedException;
    }

    /** How a request went: the bytes answered, and what was wrong (null: the expected answer; no personal data). */
    record Outcome(int bytes, String problem) {

        static Outcome ok(int bytes) {
            return new Outcome(bytes, null);
        }

        /** A GET that must answer 200 with a page. */
        static Outcome page(VirtualUser.Answer answer) {
            return answer.status() == 200 ? ok(answer.bytes())
                    : new Outcome(answer.bytes(), "HTTP " + answer.status() + where(answer));
        }

        static String where(VirtualUser.Answer answer) {
            return answer.location() == null ? ""
                    : " to " + VirtualUser.path(answer.location()).replaceAll("\\d+", "N");
        }
    }

    /**
     * What a scenario must reach, judged on server time: a p95 at most {@code p95Millis}, or at least
     * {@code perSecond} requests a second (when positive).
     */
    record Target(String text, double p95Millis, double perSecond) {

        static final Target NONE = new Target("", 0, 0);

        static Target p95(double millis) {
            return new Target("p95 ≤ " + (long) millis + " ms", millis, 0);
        }

        static Target throughput(double perSecond) {
            return new Target("≥ " + (long) perSecond + " pages/s", 0, perSecond);
        }

        boolean applies() {
            return p95Millis > 0 || perSecond > 0;
        }

        /** Whether the measured figures meet it; null when there is no target. */
        Boolean metBy(LatencyStats server, double perSecondMeasured, long errors) {
            if (!applies()) {
                return null;
            }
            if (server.count() == 0 || errors > 0) {
                return false;
            }
            return (p95Millis <= 0 || server.p95() <= p95Millis)
                    && (perSecond <= 0 || perSecondMeasured >= perSecond);
        }
    }
}
