package org.grassroots.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.grassroots.bench.BenchReport.Database;
import org.grassroots.bench.BenchReport.Dataset;
import org.grassroots.bench.BenchReport.Heap;
import org.grassroots.bench.BenchReport.Jvm;
import org.grassroots.bench.BenchReport.Machine;
import org.grassroots.bench.BenchReport.TableSize;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the report says about where it ran: the machine, the JVM, PostgreSQL, the dataset and the
 * heap. Counts are cheap: exact below a million rows, PostgreSQL's estimate above.
 */
final class BenchFacts {

    private static final long MB = 1024 * 1024;
    private static final long EXACT_BELOW = 1_000_000;
    private static final List<String> SETTINGS = List.of("shared_buffers", "work_mem", "effective_cache_size",
            "max_connections", "random_page_cost", "jit");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    BenchFacts(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The 1, 5 and 15 minute load averages, e.g. "1.52 1.80 1.95". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", one);
        }
    }

    static Machine machine(String loadBefore, String loadAfter) {
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Machine(Runtime.getRuntime().availableProcessors(), os, cpuModel(), totalMemoryMb(), loadBefore,
                loadAfter);
    }

    static Jvm jvm() {
        return new Jvm(System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("java.vendor"), Runtime.getRuntime().maxMemory() / MB);
    }

    /** The commit checked out in the working directory, or "unknown" (no git, or not a repository). */
    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0 || !out.matches("[0-9a-f]{7,40}")) {
                return "unknown";
            }
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                    .redirectErrorStream(true).start();
            String changes = new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            status.waitFor(10, TimeUnit.SECONDS);
            return changes.isEmpty() ? out : out + " (with uncommitted changes)";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    Database database() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : SETTINGS) {
            settings.put(name, jdbc.queryForObject("select current_setting(?)", String.class, name));
        }
        int pool = dataSource instanceof HikariDataSource hikari ? hikari.getMaximumPoolSize() : 0;
        long size = jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
        List<TableSize> largest = jdbc.query("""
                select c.relname, pg_total_relation_size(c.oid) as bytes from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'r' and n.nspname = current_schema()
                order by bytes desc limit 6""", (rs, i) -> new TableSize(rs.getString(1), rs.getLong(2) / MB));
        return new Database(jdbc.queryForObject("show server_version", String.class), settings, pool, size / MB,
                largest);
    }

    Dataset dataset() {
        long people = rows("party_member");
        long meetings = rows("meeting");
        long attendance = rows("meeting_attendance");
        return new Dataset(rows("region"), rows("party_org"),
                jdbc.queryForObject("select count(*) from party_org where type in ('BRANCH', 'JOINT_BRANCH')",
                        Long.class),
                people, meetings, attendance, estimate("party_member") >= EXACT_BELOW
                        || estimate("meeting") >= EXACT_BELOW || estimate("meeting_attendance") >= EXACT_BELOW);
    }

    /** The people of the dataset, counted exactly or estimated. */
    long people() {
        return rows("party_member");
    }

    /** Heap after a full collection, the sum of the heap pools' peaks since start, committed and max. */
    static Heap heap() {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Heap(memory.getUsed() / MB, peak / MB, memory.getCommitted() / MB,
                Runtime.getRuntime().maxMemory() / MB);
    }

    /** Exact below a million rows; above, PostgreSQL's estimate from the last ANALYZE. */
    private long rows(String table) {
        long estimate = estimate(table);
        if (estimate >= EXACT_BELOW) {
            return estimate;
        }
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private long estimate(String table) {
        Long n = jdbc.queryForObject("select coalesce(max(reltuples), -1)::bigint from pg_class where relname = ?"
                + " and relkind = 'r'", Long.class, table);
        return n == null ? -1 : n;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    private static long totalMemoryMb() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / MB;
        }
        return 0;
    }
}
