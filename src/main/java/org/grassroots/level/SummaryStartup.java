package org.grassroots.level;

import org.grassroots.meeting.ComplianceService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Started with --rebuild-summaries, the application rebuilds every summary from the raw records (the
 * compliance summaries, then the member and organization roll-up), prints what it corrected and how
 * long each took (the roll-up part by part), and exits. Runs before the compliance start-up, which would
 * open periods first. The scheduled roll-up jobs are held meanwhile: the rebuild recomputes every row.
 */
@Component
@Order(150)
class SummaryStartup implements ApplicationRunner {

    static final String REBUILD_OPTION = "rebuild-summaries";

    private final ComplianceService compliance;
    private final RollupService rollups;
    private final ConfigurableApplicationContext context;

    SummaryStartup(ComplianceService compliance, RollupService rollups, ConfigurableApplicationContext context) {
        this.compliance = compliance;
        this.rollups = rollups;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(REBUILD_OPTION)) {
            return;
        }
        long t0 = System.nanoTime();
        rollups.holdScheduled();
        ComplianceService.RebuildReport c = compliance.rebuild();
        RollupService.RebuildReport r = rollups.rebuild();
        System.out.println("compliance rebuild: " + c.statusRows() + " status rows, " + c.rollupRows()
                + " roll-up rows, drift corrected " + c.statusDrift() + " / " + c.rollupDrift() + " rows, "
                + c.millis() + " ms");
        System.out.println("roll-up rebuild: " + r.rows() + " rows, drift corrected " + r.drift() + " rows, "
                + r.millis() + " ms (member roll-up " + r.memberMillis() + " ms, profile roll-up " + r.profileMillis()
                + " ms, box roll-up " + r.boxMillis() + " ms)");
        System.out.println("all summaries rebuilt in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
