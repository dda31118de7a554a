package org.grassroots.member;

import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * The import jobs in memory, keyed by a random id and owned by the user who uploaded the file. Another
 * user, an expired job and a made-up id all get the same 404. Jobs run on two background threads
 * with the uploader's security context (audit rows and history name them); a user keeps at most
 * {@link #PER_USER} jobs, the oldest idle one making room for a new one.
 */
@Component
class MemberImportJobs {

    static final int PER_USER = 3;

    private final Map<String, MemberImportJob> jobs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "member-import-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final MemberImportRules rules;
    private final Clock clock;

    MemberImportJobs(MemberImportRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    MemberImportJob create(String owner, Scope scope, String fileName, List<ImportSheetReader.RawRow> rows) {
        purge();
        List<MemberImportJob> mine = jobs.values().stream().filter(j -> j.owner().equals(owner) && !j.isRunning())
                .sorted(Comparator.comparing(MemberImportJob::touchedAt)).toList();
        for (int i = 0; i <= mine.size() - PER_USER; i++) {
            jobs.remove(mine.get(i).getId());
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        MemberImportJob job = new MemberImportJob(HexFormat.of().formatHex(bytes), owner, scope, fileName, rows,
                clock.instant());
        jobs.put(job.getId(), job);
        return job;
    }

    /** The job when it exists and belongs to this user; otherwise the same 404 as a missing one. */
    MemberImportJob require(String id, String owner) {
        purge();
        MemberImportJob job = jobs.get(id);
        if (job == null || !job.owner().equals(owner)) {
            throw new NotFoundException("member_import", null);
        }
        job.touch(clock.instant());
        return job;
    }

    void remove(MemberImportJob job) {
        jobs.remove(job.getId());
    }

    /** Runs the work in the background as the current user. */
    void run(Runnable work) {
        workers.execute(new DelegatingSecurityContextRunnable(work));
    }

    /** Drops jobs idle for longer than the setting; a running job is never dropped. */
    private void purge() {
        var limit = clock.instant().minus(rules.jobTtl());
        jobs.values().removeIf(j -> !j.isRunning() && j.touchedAt().isBefore(limit));
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
