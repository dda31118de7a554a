package org.grassroots.level;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.grassroots.access.AccessPages;
import org.grassroots.assessment.AssessmentPages;
import org.grassroots.development.DevelopmentPages;
import org.grassroots.dues.DuesPages;
import org.grassroots.grid.GridPages;
import org.grassroots.region.RegionLevel;
import org.grassroots.reporting.ReportingPages;
import org.grassroots.resident.ResidentPages;
import org.grassroots.shared.Scope;
import org.grassroots.task.TaskPages;
import org.grassroots.transfer.TransferPages;
import org.grassroots.venue.VenuePages;
import org.grassroots.volunteer.VolunteerPages;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One view per level behind /regions/{id}, and the organization page that composes members. The
 * figures of each feature come from that feature's read service; the level only lays them out.
 */
@Controller
class LevelController {

    private final LevelService levels;
    private final GridPages grids;
    private final ResidentPages residents;
    private final VolunteerPages volunteers;
    private final VenuePages venues;
    private final ReportingPages reporting;
    private final DevelopmentPages development;
    private final DuesPages dues;
    private final TransferPages transfers;
    private final RegionalSection regional;
    private final RollupService rollups;
    private final AccessPages access;
    private final TaskPages tasks;
    private final AssessmentPages assessments;
    private final Clock clock;
    private final KeptBoxes kept;
    private final LevelSections sections;
    private final TransactionTemplate reads;

    @SuppressWarnings("java:S107") // one read service per box of the page
    LevelController(LevelService levels, GridPages grids, ResidentPages residents, VolunteerPages volunteers,
            VenuePages venues, ReportingPages reporting, DevelopmentPages development, DuesPages dues,
            TransferPages transfers, RegionalSection regional, RollupService rollups, AccessPages access,
            TaskPages tasks, AssessmentPages assessments, Clock clock, KeptBoxes kept, LevelSections sections,
            PlatformTransactionManager transactions) {
        this.levels = levels;
        this.grids = grids;
        this.residents = residents;
        this.volunteers = volunteers;
        this.venues = venues;
        this.reporting = reporting;
        this.development = development;
        this.dues = dues;
        this.transfers = transfers;
        this.regional = regional;
        this.rollups = rollups;
        this.access = access;
        this.tasks = tasks;
        this.assessments = assessments;
        this.clock = clock;
        this.kept = kept;
        this.sections = sections;
        this.reads = readOnly(transactions);
    }

    /**
     * A page's reads after its catch-up, in one read-only transaction that every feature's read service
     * joins: one session and one BEGIN/COMMIT instead of one per service (ten on a level page). The
     * services it joins only read, and none of them catches an exception of another (a participant's
     * failure marks the whole transaction for rollback).
     */
    static TransactionTemplate readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    @GetMapping("/regions/{id}")
    String region(@PathVariable long id, Scope scope, Model model) {
        // the user's own writes (and anything queued inside the region) reach the roll-up first
        rollups.catchUp(id, scope);
        return reads.execute(tx -> regionPage(id, scope, model));
    }

    private String regionPage(long id, Scope scope, Model model) {
        LevelViews.RegionPage page = levels.regionPage(id, scope);
        model.addAttribute("page", page);
        RegionLevel level = page.region().getLevel();
        // the boxes counted per community in the roll-up, for a region grant; otherwise from the records; what
        // is worked out from the rows is kept with them (KeptBoxes)
        var boxes = levels.boxes(page.region(), scope);
        // working in a unit, active in the community: units and members reported, volunteers and venues per child
        // region (the upper levels show the units' total only, their rows per child are on the units' page; the
        // figures are kept with the rows too: statements on the units and their reports move the rows' mark, V34)
        model.addAttribute("residents", level == RegionLevel.COMMUNITY
                ? kept.get(boxes, "residents", id, () -> residents.summary(id, scope))
                : kept.get(boxes, "residents-total", id, () -> residents.total(id, scope)));
        model.addAttribute("reporting", boxes.map(b -> kept.get(b, "reporting", id,
                () -> reporting.summary(id, scope, b.reporting()))).orElseGet(() -> reporting.summary(id, scope)));
        model.addAttribute("volunteers", boxes.map(b -> kept.get(b, "volunteers", id,
                () -> volunteers.summary(id, scope, b.volunteers()))).orElseGet(() -> volunteers.summary(id, scope)));
        // the upper pages show the venues' total only: the venues kept are added up by the database
        boolean totalsOnly = level != RegionLevel.COMMUNITY;
        model.addAttribute("venues", boxes.map(b -> totalsOnly
                ? kept.get(b, "venues-total", id, () -> venues.total(id, scope, b.venues()))
                : kept.get(b, "venues", id, () -> venues.summary(id, scope, b.venues())))
                .orElseGet(() -> venues.summary(id, scope)));
        // the members' side: development stages, dues and transfers in transit per child region
        // for a region grant, added up from the roll-up (a community: its own row for the dues; it lists
        // its organizations' stages and its grid gaps from the records); otherwise from the people
        var side = levels.membersSide(page.region(), scope);
        // grid coverage per child region (or the community's own counts): where nobody is responsible
        model.addAttribute("grid", side.map(s -> grids.gaps(id, scope, s.grid()))
                .orElseGet(() -> grids.gaps(id, scope)));
        // a community shows the members' box as totals (its own roll-up row), its organizations' rows on
        // /regions/{id}/membership
        addMembership(model, id, scope, side, boxes, level == RegionLevel.COMMUNITY);
        // regional Party building (区域化党建): 三有一化, "two new" coverage, joint meetings and the three lists,
        // the worker team, this year's funds, and mobile members (shown with the members)
        boolean regionalKept = regional.addTo(model, id, scope, boxes, totalsOnly);
        // work tasks issued down the chain: open, due soon and overdue per child region (kept with the rows:
        // statements on the tasks and their recipients move the rows' mark, V35)
        model.addAttribute("tasks", kept.get(boxes, "tasks", id, () -> tasks.overdue(id, scope)));
        // what departments placed on the communities through the street's access registry (社区准入)
        if (level == RegionLevel.STREET || level == RegionLevel.DISTRICT) {
            model.addAttribute("access", access.burden(id, scope));
        }
        if (level == RegionLevel.COMMUNITY) {
            // the units reported to it (its grid tree, gaps highlighted, is on /regions/{id}/grids), kept with the
            // rows: statements on the units and reports move their mark (V34), and so does an organization's name
            // (V35)
            model.addAttribute("reported", kept.get(boxes, "reported", id, () -> residents.reportedTo(id, scope, 0)));
            // the community's standing this year on the published assessment trees (考核) that assess it
            model.addAttribute("standing", assessments.standing(id, scope, LocalDate.now(clock).getYear()));
        }
        // the large sections rendered from the figures above, kept with the rows when they all are
        sections.addTo(model, page, boxes, regionalKept);
        return "level/" + page.region().getLevel().name().toLowerCase();
    }

    /**
     * The members' box of a level page with every child region (a community: every organization): the city,
     * district and street pages show its totals and link here; the same figures from the same services.
     */
    @GetMapping("/regions/{id}/membership")
    String membership(@PathVariable long id, Scope scope, Model model) {
        rollups.catchUp(id, scope);
        return reads.execute(tx -> {
            LevelViews.RegionPage page = levels.regionPage(id, scope);
            model.addAttribute("page", page);
            addMembership(model, id, scope, levels.membersSide(page.region(), scope), Optional.empty(), false);
            regional.addFloating(model, id, scope);
            return "level/membership";
        });
    }

    /**
     * totalOnly: the page shows the development box's total alone (a community's from its roll-up row);
     * boxes: the box roll-up's rows the transfers in transit are kept with (statements on the transfers
     * move the rows' mark, V35), none on the membership page.
     */
    private void addMembership(Model model, long id, Scope scope, Optional<LevelQueries.MembersSide> side,
            Optional<BoxRollup.Boxes> boxes, boolean totalOnly) {
        model.addAttribute("development", side.map(s -> totalOnly ? development.totalOnly(id, scope, s.stages())
                : development.stages(id, scope, s.stages())).orElseGet(() -> development.stages(id, scope)));
        model.addAttribute("dues", side.map(s -> dues.figures(id, scope, s.dues()))
                .orElseGet(() -> dues.figures(id, scope)));
        model.addAttribute("transfers", kept.get(boxes, "transfers", id, () -> transfers.pending(id, scope)));
    }

    @GetMapping("/orgs/{id}")
    String org(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", levels.orgPage(id, scope));
        return "org/detail";
    }
}
