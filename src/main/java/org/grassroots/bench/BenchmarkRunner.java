package org.grassroots.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.grassroots.bench.BenchReport.ScenarioResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark command ({@code --grassroots.benchmark=run}): once the web server is up, signs in
 * virtual users of every level over HTTP, runs each scenario (warm-up, then measured), writes the
 * report and exits with 0, or 1 when a scenario had errors, or 2 when it could not start (no bench
 * users, sign-in refused). With {@code grassroots.benchmark.keep-serving=true} the application keeps
 * serving instead. See docs/performance.md, "Running the benchmark".
 */
class BenchmarkRunner implements ApplicationListener<ApplicationReadyEvent> {

    static final String RUN = "run";
    static final int FAILED_SCENARIOS = 1;
    static final int CANNOT_RUN = 2;

    private static final Logger log = LoggerFactory.getLogger(BenchmarkRunner.class);

    private final Environment env;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ServerTiming timing;
    private final Clock clock;
    private final ConfigurableApplicationContext context;

    BenchmarkRunner(Environment env, DataSource dataSource, ServerTiming timing, Clock clock,
            ConfigurableApplicationContext context) {
        this.env = env;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.timing = timing;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() != context) {
            return;
        }
        String mode = env.getProperty(BenchmarkOptions.MODE, "").trim();
        if (!RUN.equalsIgnoreCase(mode)) {
            log.warn("{}={} is not a benchmark mode (use {}); the application serves as usual", BenchmarkOptions.MODE,
                    mode, RUN);
            return;
        }
        BenchmarkOptions options = BenchmarkOptions.from(env);
        int status;
        try {
            status = run(options);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = CANNOT_RUN;
        } catch (IOException | RuntimeException e) {
            log.error("The benchmark failed: {}", e.toString());
            status = CANNOT_RUN;
        }
        if (options.keepServing()) {
            log.info("Benchmark finished (status {}); the application keeps serving", status);
            return;
        }
        int code = status;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Runs every selected scenario and writes the report; returns the exit status. */
    int run(BenchmarkOptions options) throws IOException, InterruptedException {
        List<String> present = jdbc.queryForList("select username from app_user where username in (?, ?, ?, ?, ?)"
                + " and enabled", String.class, BenchScenarios.ACCOUNTS.toArray());
        if (present.size() < BenchScenarios.ACCOUNTS.size()) {
            log.error("The benchmark needs the generated users {} and this database lacks some: generate a city into"
                    + " an empty database first, e.g. GRASSROOTS_DATA_DIR=./data-city mvn spring-boot:run"
                    + " -Dspring-boot.run.arguments=--grassroots.generate=district (tiny, district or city)",
                    BenchScenarios.ACCOUNTS);
            return CANNOT_RUN;
        }
        String loadBefore = BenchFacts.loadAverage();
        String date = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .toString();
        BenchFacts facts = new BenchFacts(dataSource);
        BenchReport.Dataset dataset = facts.dataset();
        String scale = options.scale().isEmpty() ? scaleOf(dataset.people()) : options.scale();
        URI base = URI.create("http://127.0.0.1:" + env.getProperty("local.server.port", "8080")
                + env.getProperty("server.servlet.context-path", "") + "/");
        log.info("Benchmark of the {} dataset ({} people) at {}, load average {}", scale,
                String.format(Locale.ROOT, "%,d", dataset.people()), base, loadBefore);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        Users users = new Users(http, base, options);
        Map<String, VirtualUser> probes = new LinkedHashMap<>();
        for (String account : BenchScenarios.ACCOUNTS) {
            List<VirtualUser> signedIn = users.of(account, 1);
            if (signedIn.isEmpty()) {
                return CANNOT_RUN;
            }
            probes.put(account, signedIn.get(0));
        }
        BenchScenarios setup = new BenchScenarios(jdbc, LocalDate.now(clock));
        setup.discover(probes);
        LoadRun load = new LoadRun(options, timing);
        List<ScenarioResult> results = new ArrayList<>();
        OffsetDateTime meetingsFrom = OffsetDateTime.now(clock);
        List<Scenario> scenarios = setup.build(options.concurrency(), options.mixedConcurrency()).stream()
                .filter(s -> options.selects(s.name())).toList();
        for (int round = 1; round <= options.rounds(); round++) {
            boolean reported = round == options.rounds();
            if (options.rounds() > 1) {
                log.info("Round {} of {}{}", round, options.rounds(), reported ? " (reported)" : " (warming up)");
            }
            for (Scenario scenario : scenarios) {
                ScenarioResult result = run(scenario, users, load, options);
                if (result == null) {
                    return CANNOT_RUN;
                }
                if (scenario.name().equals(BenchScenarios.MEETING)) {
                    result = withNotes(result, meetingNotes(setup, meetingsFrom));
                }
                if (reported) {
                    results.add(result);
                }
                log.info("{}: {} requests, {} errors, server p50 {} p95 {} ms, {} /s{}", result.name(),
                        result.requests(), result.errors(), BenchReport.ms(result.server().p50()),
                        BenchReport.ms(result.server().p95()), BenchReport.rate(result.perSecond()),
                        result.met() == null ? "" : result.met() ? " (target met)" : " (target NOT met)");
            }
        }
        ScenarioResult baseline = results.stream().filter(r -> r.name().equals(BenchScenarios.BASELINE)).findFirst()
                .orElse(null);
        if (baseline != null) {
            results.replaceAll(r -> r.withRatiosTo(baseline));
        }
        String loadAfter = BenchFacts.loadAverage();
        Path output = options.output();
        BenchReport report = new BenchReport(date, BenchFacts.commit(), scale,
                BenchFacts.machine(loadBefore, loadAfter), BenchFacts.jvm(), facts.database(), dataset,
                new BenchReport.Settings(print(options.warmup()), print(options.duration()), options.requests(),
                        options.concurrency(), options.mixedConcurrency(), print(options.timeout()),
                        options.rounds()),
                BenchScenarios.BASELINE, results, setup.skipped(), BenchFacts.heap(), ReportFiles.growth(scale, results, output));
        Path md = ReportFiles.write(report, output);
        log.info("Benchmark report: {} (and report.json, report-{}.json beside it); heap after GC {} MB, peak {} MB",
                md.toAbsolutePath(), scale, report.heap().usedAfterGcMb(), report.heap().peakMb());
        if (report.errors() > 0) {
            log.error("{} requests failed; see the errors in the report", report.errors());
            return FAILED_SCENARIOS;
        }
        return 0;
    }

    /** One scenario with its virtual users (user i signs in as account i mod k); null when one cannot sign in. */
    private static ScenarioResult run(Scenario scenario, Users users, LoadRun load, BenchmarkOptions options)
            throws IOException, InterruptedException {
        int n = scenario.concurrency() > 0 ? scenario.concurrency() : options.concurrency();
        List<VirtualUser> vus = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // the k-th time that account is taken: its k-th session, kept from one round to the next
            String account = scenario.accounts().get(i % scenario.accounts().size());
            int k = i / scenario.accounts().size();
            List<VirtualUser> of = users.of(account, k + 1);
            if (of.size() <= k) {
                return null;
            }
            vus.add(of.get(k));
        }
        return load.run(scenario, vus, "");
    }

    /** "15s", or "300ms" below whole seconds. */
    static String print(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    /** tiny below 20,000 people, district below 300,000, city above. */
    static String scaleOf(long people) {
        return people < 20_000 ? "tiny" : people < 300_000 ? ReportFiles.DISTRICT : ReportFiles.CITY;
    }

    private String meetingNotes(BenchScenarios setup, OffsetDateTime from) {
        Map<String, Object> stored = jdbc.queryForMap("""
                select count(distinct m.id) as meetings, count(a.member_id) as attendance from meeting m
                left join meeting_attendance a on a.meeting_id = m.id
                where m.created_by = ? and m.topic = ? and m.created_at >= ?""", BenchScenarios.COMMUNITY,
                BenchScenarios.MEETING_TOPIC, from);
        return "Attendance rows per request (per virtual user): " + setup.meetingAttendanceRows() + "; stored "
                + stored.get("meetings") + " meetings with " + stored.get("attendance") + " attendance rows (warm-up"
                + " included).";
    }

    private static ScenarioResult withNotes(ScenarioResult r, String notes) {
        return new ScenarioResult(r.name(), r.description(), r.accounts(), r.users(), r.requests(), r.errors(),
                r.errorKinds(), r.serverSamples(), r.server(), r.client(), r.perSecond(), r.seconds(), r.meanBytes(),
                r.p50Ratio(), r.p95Ratio(), r.target(), r.met(), notes);
    }

    /** Signed-in virtual users per account, signed in once and reused by every scenario. */
    private static final class Users {

        private final HttpClient http;
        private final URI base;
        private final BenchmarkOptions options;
        private final Map<String, List<VirtualUser>> signedIn = new HashMap<>();

        Users(HttpClient http, URI base, BenchmarkOptions options) {
            this.http = http;
            this.base = base;
            this.options = options;
        }

        /** The first {@code n} users of the account, signing in more as needed; empty when sign-in is refused. */
        List<VirtualUser> of(String account, int n) throws IOException, InterruptedException {
            List<VirtualUser> list = signedIn.computeIfAbsent(account, a -> new ArrayList<>());
            while (list.size() < n) {
                VirtualUser user = new VirtualUser(http, base, account, options.timeout());
                if (!user.signIn(options.password())) {
                    log.error("Signing in as {} was refused: check GRASSROOTS_BENCH_PASSWORD (the password the city"
                            + " was generated with)", account);
                    return List.of();
                }
                list.add(user);
            }
            return list.subList(0, n);
        }
    }
}
