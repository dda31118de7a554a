package org.grassroots.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.grassroots.level.RollupService;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.Scope;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A region's dashboard: a city's, district's or street's charts drawn from one JSON block with each
 * table's total beside them, the tables per child one link away (the table and print view); a
 * community's charts drawn from the tables beside them. Its Excel export.
 */
@Controller
class DashboardController {

    private final DashboardPages pages;
    private final DashboardExport export;
    private final RollupService rollups;

    DashboardController(DashboardPages pages, DashboardExport export, RollupService rollups) {
        this.pages = pages;
        this.export = export;
        this.rollups = rollups;
    }

    @GetMapping("/regions/{id}/dashboard")
    String dashboard(@PathVariable long id, @RequestParam(required = false) Integer year, Scope scope,
            Locale locale, Model model) {
        pages.require(id, scope);
        // the user's own writes (and anything queued inside the region) reach the summaries first
        rollups.catchUp(id, scope);
        DashboardViews.Dashboard page = pages.page(id, year, scope, locale);
        model.addAttribute("page", page);
        // a community keeps its tables under the charts (its lines are few); the upper levels send the
        // lines per child once, as the charts' data, and show them as tables on the table view
        boolean compact = page.region().getLevel() != RegionLevel.COMMUNITY;
        model.addAttribute("compact", compact);
        if (compact) {
            model.addAttribute("charts", DashboardCharts.json(page));
        }
        return "dashboard/page";
    }

    /** Every table of the dashboard, a line per child region (or organization): the table and print view. */
    @GetMapping("/regions/{id}/dashboard/tables")
    String tables(@PathVariable long id, @RequestParam(required = false) Integer year, Scope scope, Locale locale,
            Model model) {
        pages.require(id, scope);
        rollups.catchUp(id, scope);
        model.addAttribute("page", pages.page(id, year, scope, locale));
        return "dashboard/tables";
    }

    /** A community's member profile per organization, behind the member card of its dashboard. */
    @GetMapping("/regions/{id}/dashboard/members")
    String members(@PathVariable long id, Scope scope, Locale locale, Model model) {
        pages.require(id, scope);
        rollups.catchUp(id, scope);
        model.addAttribute("page", pages.memberProfiles(id, scope, locale));
        return "dashboard/members";
    }

    @GetMapping("/regions/{id}/dashboard.xlsx")
    void xlsx(@PathVariable long id, @RequestParam(required = false) Integer year, Scope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        pages.require(id, scope);
        rollups.catchUp(id, scope);
        DashboardViews.Dashboard page = pages.dashboard(id, year, scope, locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("dashboard-" + id + "-" + page.year() + ".xlsx").build().toString());
        export.write(page, locale, response.getOutputStream());
    }
}
