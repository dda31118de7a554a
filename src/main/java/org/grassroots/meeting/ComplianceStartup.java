package org.grassroots.meeting;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, opens the current periods (after the demo seed). Started with --rebuild-compliance,
 * the application instead rebuilds every summary from the raw records, prints the report and exits.
 */
@Component
@Order(200)
class ComplianceStartup implements ApplicationRunner {

    static final String REBUILD_OPTION = "rebuild-compliance";

    private final ComplianceService compliance;
    private final ConfigurableApplicationContext context;

    ComplianceStartup(ComplianceService compliance, ConfigurableApplicationContext context) {
        this.compliance = compliance;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(REBUILD_OPTION)) {
            ComplianceService.RebuildReport report = compliance.rebuild();
            System.out.println("compliance rebuild: " + report.statusRows() + " status rows, " + report.rollupRows()
                    + " roll-up rows, drift corrected " + report.statusDrift() + " / " + report.rollupDrift()
                    + " rows, " + report.millis() + " ms");
            System.exit(SpringApplication.exit(context, () -> 0));
        }
        compliance.openCurrentPeriods();
    }
}
