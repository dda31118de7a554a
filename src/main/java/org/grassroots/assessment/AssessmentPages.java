package org.grassroots.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.assessment.AssessmentQueries.Pair;
import org.grassroots.assessment.AssessmentQueries.RegionRef;
import org.grassroots.assessment.AssessmentViews.Line;
import org.grassroots.assessment.AssessmentViews.ListPage;
import org.grassroots.assessment.AssessmentViews.RegionPage;
import org.grassroots.assessment.AssessmentViews.RegionScores;
import org.grassroots.assessment.AssessmentViews.ScoresPage;
import org.grassroots.assessment.AssessmentViews.Standing;
import org.grassroots.assessment.AssessmentViews.StandingRow;
import org.grassroots.assessment.AssessmentViews.TreePage;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Pager;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read models of the assessment pages, and a region's standing for the level pages. */
@Service
@Transactional(readOnly = true)
public class AssessmentPages {

    private final AssessmentService service;
    private final AssessmentQueries queries;
    private final AssessmentTreeRepository trees;
    private final Formulas formulas;
    private final RegionService regions;
    private final AssessmentRules rules;

    AssessmentPages(AssessmentService service, AssessmentQueries queries, AssessmentTreeRepository trees,
            Formulas formulas, RegionService regions, AssessmentRules rules) {
        this.service = service;
        this.queries = queries;
        this.trees = trees;
        this.formulas = formulas;
        this.regions = regions;
        this.rules = rules;
    }

    int thisYear() {
        return formulas.today().getYear();
    }

    ListPage list(Scope scope, Integer year, int page) {
        Pager pager = Pager.of(page, queries.countVisibleTrees(scope, year));
        return new ListPage(queries.visibleTrees(scope, year, pager.offset(), pager.size()), pager, year,
                service.mayDefine(scope));
    }

    TreePage tree(long id, Scope scope) {
        AssessmentTree tree = service.require(id, scope);
        List<AssessmentIndicator> list = service.indicatorsOf(tree);
        List<Line> lines = ordered(list).stream().map(i -> new Line(i, i.getParentId() != null, null, i.getWeight(),
                null, List.of(), null, null)).toList();
        List<AssessmentIndicator> groups = list.stream().filter(i -> i.getSource() == Source.GROUP).toList();
        BigDecimal topSum = AssessmentService.weightOf(list.stream().filter(i -> i.getParentId() == null).toList());
        return new TreePage(tree, service.owner(tree), lines, groups, service.problems(list), topSum,
                AssessmentService.ownedBy(tree, scope));
    }

    /** The scores of every assessed region the scope sees; by name, or by total with ranks when shown. */
    ScoresPage scores(long id, Scope scope, int page) {
        AssessmentTree tree = service.require(id, scope);
        List<RegionScores> all = allScores(tree, scope);
        Pager pager = Pager.of(page, all.size());
        return new ScoresPage(tree, service.owner(tree), tops(tree), all.subList(pager.offset(),
                Math.min(all.size(), pager.offset() + pager.size())), pager, rules.isShowRankings());
    }

    /** Every row on one page, for the export: the scores are computed once. */
    ScoresPage export(long id, Scope scope) {
        AssessmentTree tree = service.require(id, scope);
        List<RegionScores> all = allScores(tree, scope);
        Pager pager = Pager.of(0, Math.max(1, all.size()), all.size());
        return new ScoresPage(tree, service.owner(tree), tops(tree), all.subList(pager.offset(),
                Math.min(all.size(), pager.offset() + pager.size())), pager, rules.isShowRankings());
    }

    private List<RegionScores> allScores(AssessmentTree tree, Scope scope) {
        Region base = base(tree, scope);
        List<RegionRef> assessed = tree.isPublished() ? queries.regionsAt(base.getPath(), tree.getAssessedLevel())
                : List.of();
        List<RegionScores> rows = scoresOf(tree, service.indicatorsOf(tree), base, scope, assessed);
        if (!rules.isShowRankings()) {
            return rows;
        }
        List<RegionScores> sorted = rows.stream().sorted(Comparator.comparing(RegionScores::total).reversed()
                .thenComparing(RegionScores::name)).toList();
        List<RegionScores> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && sorted.get(i).total().compareTo(sorted.get(i - 1).total()) == 0;
            ranked.add(sorted.get(i).ranked(tie ? ranked.get(i - 1).rank() : i + 1));
        }
        return ranked;
    }

    List<AssessmentIndicator> tops(AssessmentTree tree) {
        return service.indicatorsOf(tree).stream().filter(i -> i.getParentId() == null).toList();
    }

    RegionPage region(long id, long regionId, Scope scope) {
        AssessmentTree tree = service.require(id, scope);
        Region region = service.requireAssessed(tree, regionId, scope);
        RegionScores scores = tree.isPublished() ? scoresOf(tree, service.indicatorsOf(tree), region, scope,
                List.of(new RegionRef(region.getId(), region.getName(), region.getPath()))).get(0)
                : new RegionScores(region.getId(), region.getName(), List.of(), BigDecimal.ZERO, null);
        return new RegionPage(tree, service.owner(tree), region, scores,
                tree.isPublished() && AssessmentService.ownedBy(tree, scope));
    }

    /**
     * For the level pages: the totals of a community or street (in scope; otherwise 404) on the
     * published trees of the year that assess it, each out of its full mark (100 when the weights are
     * right). Other levels have no standing: the rows are empty.
     */
    public Standing standing(long regionId, Scope scope, int year) {
        Region region = regions.require(regionId, scope);
        AssessedLevel level = region.getLevel() == RegionLevel.COMMUNITY ? AssessedLevel.COMMUNITY
                : region.getLevel() == RegionLevel.STREET ? AssessedLevel.STREET : null;
        if (level == null) {
            return new Standing(region, year, List.of());
        }
        List<RegionRef> self = List.of(new RegionRef(region.getId(), region.getName(), region.getPath()));
        List<StandingRow> rows = new ArrayList<>();
        for (AssessmentTree tree : trees.findPublishedOnPath(year, level.name(), region.getPath())) {
            List<AssessmentIndicator> list = service.indicatorsOf(tree);
            RegionScores s = scoresOf(tree, list, region, scope, self).get(0);
            rows.add(new StandingRow(tree.getId(), tree.getName(), service.owner(tree).getName(), s.total(),
                    AssessmentService.weightOf(list.stream().filter(i -> i.getParentId() == null).toList())));
        }
        return new Standing(region, year, rows);
    }

    /** The standing of the scope's own community or street for the year (this year when null); null for others. */
    Standing myStanding(Scope scope, Integer year) {
        if (scope.kind() != Scope.Kind.REGION) {
            return null;
        }
        RegionLevel level = regions.require(scope.nodeId(), scope).getLevel();
        if (level != RegionLevel.COMMUNITY && level != RegionLevel.STREET) {
            return null;
        }
        return standing(scope.nodeId(), scope, year == null ? thisYear() : year);
    }

    // ---------------------------------------------------------------- scoring

    /** Where reads start: the owner when the scope covers it, otherwise the scope's own region under it. */
    private Region base(AssessmentTree tree, Scope scope) {
        Region owner = service.owner(tree);
        return scope.coversRegion(owner.getPath()) ? owner : regions.require(scope.nodeId(), scope);
    }

    private List<RegionScores> scoresOf(AssessmentTree tree, List<AssessmentIndicator> list, Region base,
            Scope scope, List<RegionRef> assessed) {
        Set<Source> sources = list.stream().map(AssessmentIndicator::getSource).filter(Source::isFormula)
                .collect(Collectors.toSet());
        Map<Source, Map<Long, Pair>> figures = formulas.figures(sources, base, scope, assessed, tree.getYear());
        Map<Long, Map<Long, ManualScore>> manual = new HashMap<>();
        for (ManualScore m : service.manualScores(list)) {
            manual.computeIfAbsent(m.getIndicatorId(), k -> new HashMap<>()).put(m.getRegionId(), m);
        }
        List<AssessmentIndicator> ordered = ordered(list);
        List<RegionScores> rows = new ArrayList<>();
        for (RegionRef r : assessed) {
            Map<Long, Line> leaves = new HashMap<>();
            for (AssessmentIndicator i : ordered) {
                if (i.getSource() != Source.GROUP) {
                    leaves.put(i.getId(), leaf(i, r.id(), tree.getYear(), figures, manual));
                }
            }
            List<Line> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (AssessmentIndicator i : ordered) {
                Line line = leaves.get(i.getId());
                if (line == null) {
                    BigDecimal sum = ordered.stream().filter(c -> i.getId().equals(c.getParentId()))
                            .map(c -> leaves.get(c.getId()).score()).reduce(BigDecimal.ZERO, BigDecimal::add);
                    line = new Line(i, false, null, sum, null, List.of(), null, null);
                }
                lines.add(line);
                if (i.getParentId() == null) {
                    total = total.add(line.score());
                }
            }
            rows.add(new RegionScores(r.id(), r.name(), lines, total, null));
        }
        return rows;
    }

    private static Line leaf(AssessmentIndicator i, long regionId, int year, Map<Source, Map<Long, Pair>> figures,
            Map<Long, Map<Long, ManualScore>> manual) {
        boolean child = i.getParentId() != null;
        if (i.getSource() == Source.MANUAL) {
            ManualScore m = manual.getOrDefault(i.getId(), Map.of()).get(regionId);
            if (m == null) {
                return new Line(i, child, null, BigDecimal.ZERO.setScale(2), "assessment.explain.MANUAL.none",
                        List.of(), null, null);
            }
            BigDecimal score = m.getScore().min(i.getWeight()).setScale(2, java.math.RoundingMode.HALF_UP);
            return new Line(i, child, null, score, "assessment.explain.MANUAL", List.of(m.getEvidence()), null, m);
        }
        Formulas.Measure measure = Formulas.measure(i.getSource(), i.getTarget(),
                figures.getOrDefault(i.getSource(), Map.of()).get(regionId));
        return new Line(i, child, measure.ratio(), Formulas.score(i.getWeight(), measure.ratio()), measure.key(),
                measure.args(), link(i.getSource(), regionId, year), null);
    }

    /** The page with the records behind a source, for one region. */
    static String link(Source source, long regionId, int year) {
        return switch (source) {
            case MEETING_COMPLIANCE -> "/regions/" + regionId + "/compliance";
            case COVERAGE -> "/regions/" + regionId + "/coverage";
            case GRID_GAPS -> "/regions/" + regionId + "/grid-gaps";
            case SERVICE_REPORTING, SERVICE_HOURS -> "/regions/" + regionId + "/reporting";
            case FUNDS_EXECUTION -> "/regions/" + regionId + "/funds?year=" + year;
            case READINESS -> "/regions/" + regionId + "/readiness";
            case TASK_TIMELINESS -> "/tasks";
            case GROUP, MANUAL -> null;
        };
    }

    /** Top-level indicators by position, each group followed by its children. */
    static List<AssessmentIndicator> ordered(List<AssessmentIndicator> list) {
        List<AssessmentIndicator> out = new ArrayList<>();
        for (AssessmentIndicator top : list) {
            if (top.getParentId() != null) {
                continue;
            }
            out.add(top);
            list.stream().filter(c -> top.getId().equals(c.getParentId())).forEach(out::add);
        }
        return out;
    }
}
