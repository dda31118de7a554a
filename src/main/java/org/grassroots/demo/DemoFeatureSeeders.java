package org.grassroots.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The demo seeders of the features around the members, in the order the demo city runs them: those
 * before the dues (residents and units, volunteers, venues, service reports) and those after
 * (transfers, mobile members, new organizations, regional Party building, workers and funds). A
 * generated city runs them too, so that every box of the level pages is measured with data.
 */
@Component
public class DemoFeatureSeeders {

    private final DemoResidentSeeder residents;
    private final DemoVolunteerSeeder volunteers;
    private final DemoVenueSeeder venues;
    private final DemoReportingSeeder reporting;
    private final DemoTransferSeeder transfers;
    private final DemoFloatingSeeder floating;
    private final DemoNewOrgSeeder newOrgs;
    private final DemoRegionalSeeder regional;
    private final DemoWorkforceSeeder workforce;

    DemoFeatureSeeders(DemoResidentSeeder residents, DemoVolunteerSeeder volunteers, DemoVenueSeeder venues,
            DemoReportingSeeder reporting, DemoTransferSeeder transfers, DemoFloatingSeeder floating,
            DemoNewOrgSeeder newOrgs, DemoRegionalSeeder regional, DemoWorkforceSeeder workforce) {
        this.residents = residents;
        this.volunteers = volunteers;
        this.venues = venues;
        this.reporting = reporting;
        this.transfers = transfers;
        this.floating = floating;
        this.newOrgs = newOrgs;
        this.regional = regional;
        this.workforce = workforce;
    }

    /** Residents and units, volunteers, venues and service reports; milliseconds per feature. */
    public Map<String, Long> beforeDues(LocalDate today) {
        Map<String, Long> millis = new LinkedHashMap<>();
        timed(millis, "residents", () -> residents.seed(today));
        timed(millis, "volunteers", () -> volunteers.seed(today));
        timed(millis, "venues", () -> venues.seed(today));
        timed(millis, "reporting", () -> reporting.seed(today));
        return millis;
    }

    /** Transfers, mobile members, new organizations, regional building, workers and funds; milliseconds each. */
    public Map<String, Long> afterDues(LocalDate today) {
        Map<String, Long> millis = new LinkedHashMap<>();
        timed(millis, "transfers", () -> transfers.seed(today));
        timed(millis, "floating", () -> floating.seed(today));
        timed(millis, "new organizations", () -> newOrgs.seed(today));
        timed(millis, "regional", () -> regional.seed(today));
        timed(millis, "workforce and funds", () -> workforce.seed(today));
        return millis;
    }

    private static void timed(Map<String, Long> millis, String name, Runnable seeder) {
        long t0 = System.nanoTime();
        seeder.run();
        millis.put(name, (System.nanoTime() - t0) / 1_000_000);
    }
}
