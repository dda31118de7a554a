package org.grassroots.api;

import java.util.Locale;
import org.grassroots.level.RegionSummaries;
import org.grassroots.meeting.ComplianceFigures;
import org.grassroots.shared.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read API (docs/api.md): JSON, GET only, for a caller signed in by a personal access token, who
 * reads exactly what their pages show (the same Scope).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ApiController {

    private final ApiReads reads;

    ApiController(ApiReads reads) {
        this.reads = reads;
    }

    /** A region and its child regions. */
    @GetMapping("/regions/{id}")
    ApiViews.RegionJson region(@PathVariable long id, Scope scope) {
        return reads.region(id, scope);
    }

    /** The organizations sitting in the region itself, paged. */
    @GetMapping("/regions/{id}/organizations")
    ApiViews.PageOf<ApiViews.OrgRef> organizations(@PathVariable long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Scope scope) {
        return reads.organizationsIn(id, Paging.of(page, size), scope);
    }

    /** The compliance page's figures; period like 2026-11, 2026-Q4 or 2026 (default: this quarter). */
    @GetMapping("/regions/{id}/compliance")
    ComplianceFigures compliance(@PathVariable long id, @RequestParam(required = false) String period,
            Scope scope) {
        return reads.compliance(id, period, scope);
    }

    /** The level page's figures of the region and of each child region. */
    @GetMapping("/regions/{id}/summary")
    RegionSummaries.Summary summary(@PathVariable long id, Scope scope) {
        return reads.summary(id, scope);
    }

    /**
     * The figures of the region's dashboard (/regions/{id}/dashboard) for a year (default this year),
     * labels in the request's language.
     */
    @GetMapping("/regions/{id}/dashboard")
    ApiViews.DashboardJson dashboard(@PathVariable long id, @RequestParam(required = false) Integer year,
            Scope scope, Locale locale) {
        return reads.dashboard(id, year, scope, locale);
    }

    /** An organization with its child organizations. */
    @GetMapping("/organizations/{id}")
    ApiViews.OrgJson organization(@PathVariable long id, Scope scope) {
        return reads.organization(id, scope);
    }

    /** The organization's current people, paged; ID numbers and phones masked. */
    @GetMapping("/organizations/{id}/members")
    ApiViews.PageOf<ApiViews.MemberJson> members(@PathVariable long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Scope scope) {
        return reads.membersOf(id, Paging.of(page, size), scope);
    }

    /** The meetings held in a year (default: this year), newest first, paged. */
    @GetMapping("/organizations/{id}/meetings")
    ApiViews.PageOf<ApiViews.MeetingJson> meetings(@PathVariable long id,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Scope scope) {
        return reads.meetingsOf(id, year, Paging.of(page, size), scope);
    }
}
