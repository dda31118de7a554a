package org.grassroots.level;

import java.util.Optional;
import org.grassroots.floating.FloatingPages;
import org.grassroots.funds.FundsPages;
import org.grassroots.neworg.CoveragePages;
import org.grassroots.readiness.ReadinessPages;
import org.grassroots.regional.RegionalPages;
import org.grassroots.shared.Scope;
import org.grassroots.workforce.WorkforcePages;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The regional Party building (区域化党建) part of a level page: 三有一化, "two new" coverage, joint
 * meetings and the three lists, the worker team, this year's funds, and mobile members; each feature's
 * read service is called once per page.
 */
@Component
class RegionalSection {

    private final ReadinessPages readiness;
    private final CoveragePages coverage;
    private final RegionalPages regional;
    private final WorkforcePages workforce;
    private final FundsPages funds;
    private final FloatingPages floating;
    private final KeptBoxes kept;

    RegionalSection(ReadinessPages readiness, CoveragePages coverage, RegionalPages regional,
            WorkforcePages workforce, FundsPages funds, FloatingPages floating, KeptBoxes kept) {
        this.readiness = readiness;
        this.coverage = coverage;
        this.regional = regional;
        this.workforce = workforce;
        this.funds = funds;
        this.floating = floating;
        this.kept = kept;
    }

    /**
     * boxes: the figures counted per community in the roll-up, for a region grant (see {@link BoxRollup});
     * totalsOnly: the page shows the joint meetings' and lists' total only (added up by the database).
     * What is worked out from the rows is kept with them ({@link KeptBoxes}). Answers whether every figure
     * came from the rows: not when there are none, nor when the funds rows were counted for another year or
     * the team rows with different warning days (then those are counted from the records).
     */
    boolean addTo(Model model, long regionId, Scope scope, Optional<BoxRollup.Boxes> boxes, boolean totalsOnly) {
        int year = funds.yearOr(null);
        // 三有一化 from the staffing, this year's funds, the venues and the seats' ties in the roll-up
        model.addAttribute("readiness", boxes.flatMap(b -> b.funds(year).map(money -> kept.get(b, "readiness",
                        regionId, () -> readiness.summary(regionId, scope, b.staffing(), money, b.venues(),
                                b.seats()))))
                .orElseGet(() -> readiness.summary(regionId, scope)));
        model.addAttribute("coverage", boxes.map(b -> kept.get(b, "coverage", regionId,
                        () -> coverage.summary(regionId, scope, b.coverage())))
                .orElseGet(() -> coverage.summary(regionId, scope)));
        // added up from the seats' rows in the roll-up: the upper pages' total, a community's own row
        model.addAttribute("regional", totalsOnly ? boxes.map(b -> kept.get(b, "regional-total", regionId,
                () -> regional.total(regionId, scope, b.seats()))).orElseGet(() -> regional.total(regionId, scope))
                : boxes.map(b -> kept.get(b, "regional", regionId, () -> regional.summary(regionId, scope,
                        b.seats()))).orElseGet(() -> regional.summary(regionId, scope)));
        model.addAttribute("workforce", boxes.filter(b -> b.termWarningDays() != null)
                .map(b -> kept.get(b, "workforce", regionId,
                        () -> workforce.summary(regionId, scope, b.termWarningDays(), b.workforce())))
                .orElseGet(() -> workforce.summary(regionId, scope)));
        model.addAttribute("funds", boxes.flatMap(b -> b.funds(year).map(money -> kept.get(b, "funds-" + year,
                        regionId, () -> funds.summary(regionId, scope, year, money))))
                .orElseGet(() -> funds.summary(regionId, scope, year)));
        // kept with the rows: statements on the mobile members' records move the rows' mark (V35)
        model.addAttribute("floating", kept.get(boxes, "floating", regionId, () -> floating.summary(regionId, scope)));
        return boxes.filter(b -> b.funds(year).isPresent() && b.termWarningDays() != null).isPresent();
    }

    /** Mobile members per child region, shown with the members' box. */
    void addFloating(Model model, long regionId, Scope scope) {
        model.addAttribute("floating", floating.summary(regionId, scope));
    }
}
