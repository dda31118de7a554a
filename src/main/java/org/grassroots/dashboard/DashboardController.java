package org.grassroots.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.grassroots.level.RollupService;
import org.grassroots.shared.Scope;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A region's dashboard: charts drawn from the tables beside them, its Excel export and print view. */
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
        model.addAttribute("page", pages.page(id, year, scope, locale));
        return "dashboard/page";
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
