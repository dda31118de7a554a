package org.grassroots.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.assessment.AssessmentQueries.Pair;
import org.grassroots.assessment.AssessmentQueries.RegionRef;
import org.grassroots.funds.FundsViews.FundingFact;
import org.grassroots.funds.FundsPages;
import org.grassroots.grid.GridFigures;
import org.grassroots.grid.GridPages;
import org.grassroots.neworg.CoveragePages;
import org.grassroots.neworg.NewOrgViews.CommunityCoverage;
import org.grassroots.readiness.ReadinessPages;
import org.grassroots.readiness.ReadinessViews.CommunityReadiness;
import org.grassroots.region.Region;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Component;

/**
 * The formula sources (docs/rules/assessment.md): for every assessed region under a base region, the
 * two figures of each source, read once per source for the whole subtree from the feature that owns
 * the records, added up by subtree for streets; and the ratio and explanation an indicator makes of them.
 */
@Component
class Formulas {

    /** A ratio 0..1 (null: not computed, a manual indicator) and the explanation: a message key and figures. */
    record Measure(BigDecimal ratio, String key, List<String> args) {
    }

    private final AssessmentQueries queries;
    private final CoveragePages coverage;
    private final GridPages grids;
    private final FundsPages funds;
    private final ReadinessPages readiness;
    private final Clock clock;

    Formulas(AssessmentQueries queries, CoveragePages coverage, GridPages grids, FundsPages funds,
            ReadinessPages readiness, Clock clock) {
        this.queries = queries;
        this.coverage = coverage;
        this.grids = grids;
        this.funds = funds;
        this.readiness = readiness;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The figures of the given sources for every assessed region: base is the region the reads start
     * from (in the scope), assessed the regions under it that are scored.
     */
    Map<Source, Map<Long, Pair>> figures(Set<Source> sources, Region base, Scope scope, List<RegionRef> assessed,
            int year) {
        Map<Source, Map<Long, Pair>> result = new HashMap<>();
        if (assessed.isEmpty()) {
            return result;
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate today = today();
        String path = base.getPath();
        Map<Long, String> paths = queries.pathsUnder(path);
        for (Source source : EnumSet.copyOf(sources.isEmpty() ? Set.of(Source.GROUP) : sources)) {
            Map<Long, Pair> raw = switch (source) {
                case MEETING_COMPLIANCE -> queries.meetings(path, from, to, today);
                case COVERAGE -> coverage(base, scope);
                case GRID_GAPS -> grid(paths);
                case SERVICE_REPORTING -> queries.reported(path, from, to);
                case SERVICE_HOURS -> hours(path, from, to);
                case FUNDS_EXECUTION -> funds(base, scope, year);
                case READINESS -> readiness(base, scope);
                case TASK_TIMELINESS -> queries.tasks(path, from, to, today, clock.getZone().getId());
                case GROUP, MANUAL -> null;
            };
            if (raw != null) {
                result.put(source, bySubtree(raw, paths, assessed));
            }
        }
        return result;
    }

    private Map<Long, Pair> coverage(Region base, Scope scope) {
        Map<Long, Pair> m = new HashMap<>();
        for (CommunityCoverage c : coverage.byCommunity(base.getId(), scope)) {
            m.put(c.communityId(), new Pair(BigDecimal.valueOf(c.units() - c.blind()), BigDecimal.valueOf(c.units())));
        }
        return m;
    }

    private Map<Long, Pair> grid(Map<Long, String> paths) {
        Map<Long, Pair> m = new HashMap<>();
        List<Long> communities = paths.keySet().stream().toList();
        for (GridFigures.OfCommunity c : grids.figuresByCommunity(communities)) {
            GridFigures f = c.figures();
            m.put(c.communityId(), new Pair(BigDecimal.valueOf(f.grids() - f.gridsNoLeader() + f.buildingsWithLeader()),
                    BigDecimal.valueOf(f.grids() + f.buildings())));
        }
        return m;
    }

    /** Hours served (num) and the people reported (den) per community. */
    private Map<Long, Pair> hours(String path, LocalDate from, LocalDate to) {
        Map<Long, Pair> reported = queries.reported(path, from, to);
        Map<Long, Pair> hours = queries.hours(path, from, to);
        Map<Long, Pair> m = new HashMap<>();
        reported.forEach((id, p) -> m.put(id, new Pair(BigDecimal.ZERO, p.num())));
        hours.forEach((id, p) -> m.merge(id, new Pair(p.num(), BigDecimal.ZERO), Pair::plus));
        return m;
    }

    private Map<Long, Pair> funds(Region base, Scope scope, int year) {
        Map<Long, Pair> m = new HashMap<>();
        for (FundingFact f : funds.funding(base.getId(), scope, year)) {
            m.put(f.communityId(), new Pair(nz(f.spent()), nz(f.budget())));
        }
        return m;
    }

    private Map<Long, Pair> readiness(Region base, Scope scope) {
        Map<Long, Pair> m = new HashMap<>();
        for (CommunityReadiness c : readiness.byCommunity(base.getId(), scope)) {
            long met = c.answers().stream().filter(a -> a.met()).count();
            m.put(c.communityId(), new Pair(BigDecimal.valueOf(met), BigDecimal.valueOf(c.answers().size())));
        }
        return m;
    }

    /** Each assessed region's figures: the sum of the rows keyed by a region in its subtree. */
    private static Map<Long, Pair> bySubtree(Map<Long, Pair> raw, Map<Long, String> paths, List<RegionRef> assessed) {
        Map<Long, Pair> result = new HashMap<>();
        for (RegionRef r : assessed) {
            result.put(r.id(), Pair.ZERO);
        }
        raw.forEach((id, pair) -> {
            String p = paths.get(id);
            if (p == null) {
                return;
            }
            for (String part : p.split("/")) {
                if (!part.isEmpty() && result.containsKey(Long.valueOf(part))) {
                    result.merge(Long.valueOf(part), pair, Pair::plus);
                }
            }
        });
        return result;
    }

    // ---------------------------------------------------------------- ratio and explanation

    /** The ratio and explanation an indicator of this source and target makes of a region's figures. */
    static Measure measure(Source source, BigDecimal target, Pair p) {
        Pair f = p == null ? Pair.ZERO : p;
        String key = "assessment.explain." + source.name();
        return switch (source) {
            case SERVICE_REPORTING -> new Measure(ratio(f.num(), target, false), key, List.of(t(target), t(f.num())));
            case SERVICE_HOURS -> {
                BigDecimal due = f.den().multiply(target);
                yield new Measure(ratio(f.num(), due, false), key, List.of(t(f.den()), t(due), t(f.num())));
            }
            case MEETING_COMPLIANCE, COVERAGE, TASK_TIMELINESS, GRID_GAPS, FUNDS_EXECUTION, READINESS -> {
                boolean emptyIsFull = source == Source.MEETING_COMPLIANCE || source == Source.COVERAGE
                        || source == Source.TASK_TIMELINESS;
                if (f.den().signum() == 0) {
                    yield new Measure(emptyIsFull ? BigDecimal.ONE : BigDecimal.ZERO, key + ".none", List.of());
                }
                yield new Measure(ratio(f.num(), f.den(), emptyIsFull), key, List.of(t(f.den()), t(f.num())));
            }
            case GROUP, MANUAL -> new Measure(null, key, List.of());
        };
    }

    /** num / den within 0..1 at four decimals; a zero or missing denominator gives the empty value. */
    static BigDecimal ratio(BigDecimal num, BigDecimal den, boolean emptyIsFull) {
        if (den == null || den.signum() <= 0) {
            return emptyIsFull ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        BigDecimal r = num.divide(den, 4, RoundingMode.HALF_UP);
        return r.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : r.max(BigDecimal.ZERO);
    }

    /** A leaf's score: weight × ratio, two decimals. */
    static BigDecimal score(BigDecimal weight, BigDecimal ratio) {
        return weight.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
    }

    private static String t(BigDecimal n) {
        return n == null ? "0" : WeightRule.text(n);
    }

    private static BigDecimal nz(BigDecimal n) {
        return n == null ? BigDecimal.ZERO : n;
    }
}
