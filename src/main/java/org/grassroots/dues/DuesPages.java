package org.grassroots.dues;

import static org.grassroots.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.grassroots.audit.AuditService;
import org.grassroots.dues.DuesViews.ArrearsPage;
import org.grassroots.dues.DuesViews.ArrearsRow;
import org.grassroots.dues.DuesViews.Cell;
import org.grassroots.dues.DuesViews.CellState;
import org.grassroots.dues.DuesViews.Crumb;
import org.grassroots.dues.DuesViews.LedgerPage;
import org.grassroots.dues.DuesViews.LedgerRow;
import org.grassroots.dues.DuesViews.LedgerTotals;
import org.grassroots.dues.DuesViews.MemberDuesPage;
import org.grassroots.dues.DuesViews.MemberLine;
import org.grassroots.dues.DuesViews.MonthTotal;
import org.grassroots.dues.DuesViews.Paging;
import org.grassroots.dues.DuesViews.ReductionPage;
import org.grassroots.dues.DuesViews.ReductionRow;
import org.grassroots.dues.DuesViews.RegionFigures;
import org.grassroots.dues.DuesViews.RegionPage;
import org.grassroots.dues.DuesViews.YearPage;
import org.grassroots.dues.DuesViews.YearRow;
import org.grassroots.dues.DuesViews.YearSummary;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionService;
import org.grassroots.shared.Scope;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the dues pages: an organization's monthly ledger, annual summary and arrears list, a member's
 * dues, the reduction queue, and the figures of a region for the level pages. All scoped.
 */
@Service
@Transactional(readOnly = true)
public class DuesPages {

    static final int PAGE_SIZE = 20;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final DuesService dues;
    private final DuesAccounts accounts;
    private final DuesQueries queries;
    private final DuesBaseRepository bases;
    private final DuesPaymentRepository payments;
    private final DuesReductionRepository reductions;
    private final OrgService orgs;
    private final RegionService regions;

    DuesPages(DuesService dues, DuesAccounts accounts, DuesQueries queries, DuesBaseRepository bases,
            DuesPaymentRepository payments, DuesReductionRepository reductions, OrgService orgs,
            RegionService regions) {
        this.dues = dues;
        this.accounts = accounts;
        this.queries = queries;
        this.bases = bases;
        this.payments = payments;
        this.reductions = reductions;
        this.orgs = orgs;
        this.regions = regions;
    }

    YearMonth currentMonth() {
        return accounts.currentMonth();
    }

    // ---------------------------------------------------------------- the monthly ledger

    /** The ledger of a month: every paying member of the organization's subtree, a page of them shown. */
    public LedgerPage ledger(long orgId, YearMonth month, boolean monthInvalid, String q, int page, Scope scope) {
        PartyOrg org = orgs.require(orgId, scope);
        List<LedgerRow> all = ledgerRows(org, month, q, scope);
        LedgerTotals totals = totals(month, all);
        IntFunction<String> link = n -> UriComponentsBuilder.fromPath("/orgs/" + orgId + "/dues")
                .queryParam("month", month).queryParamIfPresent("q", Optional.ofNullable(blankToNull(q)))
                .queryParam("page", n).encode().build().toUriString();
        Paging paging = paging(all.size(), page, link);
        return new LedgerPage(org, crumbs(org, scope), month, q, slice(all, paging), paging, totals, monthInvalid,
                month.isBefore(accounts.currentMonth()));
    }

    /** Every row of the month's ledger, for the export. */
    public List<LedgerRow> ledgerRows(PartyOrg org, YearMonth month, String q, Scope scope) {
        List<DuesQueries.Payer> payers = queries.payers(org.getPath(), scope, blankToNull(q));
        Map<Long, MemberAccount> byId = accounts.of(payers);
        List<LedgerRow> rows = new ArrayList<>();
        for (DuesQueries.Payer p : payers) {
            MemberAccount a = byId.get(p.id());
            Optional<DuesPolicy.Base> base = a.governing(month);
            Optional<BigDecimal> owed = a.owed(month);
            boolean exempt = owed.map(o -> o.signum() == 0).orElse(false);
            List<YearMonth> arrears = a.arrears();
            rows.add(new LedgerRow(p.id(), p.name(), p.status(), p.orgName(),
                    base.map(DuesPolicy.Base::category).orElse(null), owed.orElse(null), a.paid(month).orElse(null),
                    exempt, !a.hasBase(), arrears.size(), a.flagged(), a.paidThrough().orElse(null)));
        }
        return rows;
    }

    public LedgerTotals totals(YearMonth month, List<LedgerRow> rows) {
        BigDecimal owed = ZERO;
        BigDecimal paid = ZERO;
        int owing = 0;
        int paidMembers = 0;
        for (LedgerRow r : rows) {
            if (r.owed() != null) {
                owed = owed.add(r.owed());
                owing++;
            }
            if (r.paid() != null) {
                paid = paid.add(r.paid());
                paidMembers++;
            }
        }
        List<Long> ids = rows.stream().map(LedgerRow::memberId).toList();
        BigDecimal extra = ZERO;
        BigDecimal centre = ZERO;
        if (!ids.isEmpty()) {
            for (int i = 0; i < ids.size(); i += 1000) {
                for (DuesPayment p : payments.findStandingPaidBetween(ids.subList(i, Math.min(ids.size(), i + 1000)),
                        month.atDay(1), month.plusMonths(1).atDay(1))) {
                    extra = extra.add(p.getExtraAmount());
                    if (p.isToCentre()) {
                        centre = centre.add(p.getExtraAmount());
                    }
                }
            }
        }
        return new LedgerTotals(rows.size(), owing, paidMembers, owed, paid, extra, centre,
                (int) rows.stream().filter(r -> r.arrears() > 0).count(),
                (int) rows.stream().filter(LedgerRow::flagged).count(),
                (int) rows.stream().filter(LedgerRow::noBase).count());
    }

    // ---------------------------------------------------------------- the annual summary

    public YearPage year(long orgId, int year, boolean yearInvalid, String q, int page, Scope scope) {
        PartyOrg org = orgs.require(orgId, scope);
        List<YearRow> all = yearRows(org, year, q, scope);
        IntFunction<String> link = n -> UriComponentsBuilder.fromPath("/orgs/" + orgId + "/dues/year")
                .queryParam("year", year).queryParamIfPresent("q", Optional.ofNullable(blankToNull(q)))
                .queryParam("page", n).encode().build().toUriString();
        List<YearMonth> months = months(year);
        List<MonthTotal> totals = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            BigDecimal owed = ZERO;
            BigDecimal paid = ZERO;
            int paidMembers = 0;
            for (YearRow r : all) {
                Cell c = r.cells().get(i);
                owed = c.owed() == null ? owed : owed.add(c.owed());
                if (c.paid() != null) {
                    paid = paid.add(c.paid());
                    paidMembers++;
                }
            }
            totals.add(new MonthTotal(months.get(i), owed, paid, paidMembers));
        }
        BigDecimal owed = all.stream().map(YearRow::owed).reduce(ZERO, BigDecimal::add);
        BigDecimal paid = all.stream().map(YearRow::paid).reduce(ZERO, BigDecimal::add);
        Paging paging = paging(all.size(), page, link);
        return new YearPage(org, crumbs(org, scope), year, q, months, slice(all, paging), paging, totals, owed, paid,
                yearInvalid);
    }

    public List<YearRow> yearRows(PartyOrg org, int year, String q, Scope scope) {
        List<DuesQueries.Payer> payers = queries.payers(org.getPath(), scope, blankToNull(q));
        Map<Long, MemberAccount> byId = accounts.of(payers);
        YearMonth current = accounts.currentMonth();
        List<YearRow> rows = new ArrayList<>();
        for (DuesQueries.Payer p : payers) {
            MemberAccount a = byId.get(p.id());
            List<Cell> cells = new ArrayList<>();
            BigDecimal owed = ZERO;
            BigDecimal paid = ZERO;
            int open = 0;
            for (YearMonth m : months(year)) {
                Optional<BigDecimal> o = a.owed(m);
                Optional<BigDecimal> pd = a.paid(m);
                CellState state;
                if (pd.isPresent()) {
                    state = CellState.PAID;
                } else if (o.isEmpty()) {
                    state = CellState.NOT_OWED;
                } else if (o.get().signum() == 0) {
                    state = CellState.EXEMPT;
                } else if (m.isBefore(current)) {
                    state = CellState.OPEN;
                    open++;
                } else {
                    state = CellState.DUE;
                }
                owed = o.map(owed::add).orElse(owed);
                paid = pd.map(paid::add).orElse(paid);
                cells.add(new Cell(m, state, o.orElse(null), pd.orElse(null)));
            }
            rows.add(new YearRow(p.id(), p.name(), p.orgName(), cells, owed, paid, open));
        }
        return rows;
    }

    // ---------------------------------------------------------------- arrears

    /** Members flagged for six or more consecutive unpaid months (all: everyone in arrears), longest first. */
    public ArrearsPage arrears(long orgId, boolean all, int page, Scope scope) {
        PartyOrg org = orgs.require(orgId, scope);
        List<ArrearsRow> rows = inArrears(org, scope);
        long flagged = rows.stream().filter(ArrearsRow::flagged).count();
        long inArrears = rows.size();
        List<ArrearsRow> shown = arrearsShown(rows, all);
        IntFunction<String> link = n -> UriComponentsBuilder.fromPath("/orgs/" + orgId + "/dues/arrears")
                .queryParamIfPresent("all", all ? Optional.of("true") : Optional.empty()).queryParam("page", n)
                .encode().build().toUriString();
        Paging paging = paging(shown.size(), page, link);
        return new ArrearsPage(org, crumbs(org, scope), all, slice(shown, paging), paging, flagged, inArrears);
    }

    /** Every row of the arrears list as the page shows it for the same filter, unpaged (the Excel list). */
    List<ArrearsRow> arrearsRows(PartyOrg org, boolean all, Scope scope) {
        return arrearsShown(inArrears(org, scope), all);
    }

    private static List<ArrearsRow> arrearsShown(List<ArrearsRow> rows, boolean all) {
        return rows.stream().filter(r -> all || r.flagged())
                .sorted(Comparator.comparingInt(ArrearsRow::longestRun).reversed()
                        .thenComparing(ArrearsRow::months, Comparator.reverseOrder()).thenComparing(ArrearsRow::name))
                .toList();
    }

    private List<ArrearsRow> inArrears(PartyOrg org, Scope scope) {
        List<DuesQueries.Payer> payers = queries.payers(org.getPath(), scope, null);
        Map<Long, MemberAccount> byId = accounts.of(payers);
        List<ArrearsRow> rows = new ArrayList<>();
        for (DuesQueries.Payer p : payers) {
            MemberAccount a = byId.get(p.id());
            List<YearMonth> months = a.arrears();
            if (months.isEmpty()) {
                continue;
            }
            rows.add(new ArrearsRow(p.id(), p.name(), p.orgName(), months.size(), a.longestRun(), months.get(0),
                    a.paidThrough().orElse(null), a.flagged()));
        }
        return rows;
    }

    // ---------------------------------------------------------------- one member

    public MemberDuesPage member(long memberId, Scope scope) {
        return member(memberId, 0, scope);
    }

    /** The member's dues, with one page of payments (newest first). */
    public MemberDuesPage member(long memberId, int paymentPage, Scope scope) {
        PartyMember member = dues.requireMember(memberId, scope);
        MemberAccount a = accounts.of(member);
        YearMonth current = accounts.currentMonth();
        Optional<DuesPolicy.Base> now = a.governing(current);
        List<YearSummary> years = new ArrayList<>();
        if (a.trackStart().isPresent()) {
            for (int y = current.getYear(); y >= a.trackStart().get().getYear(); y--) {
                years.add(yearSummary(a, y));
            }
        }
        List<DuesPayment> paid = payments.findByMemberIdOrderByPaidOnDescIdDesc(memberId);
        Paging paging = paging(paid.size(), paymentPage, n -> UriComponentsBuilder
                .fromPath("/members/" + memberId + "/dues").queryParam("page", n).build().toUriString());
        List<Crumb> crumbs = new ArrayList<>(crumbs(member.getOrg(), scope));
        crumbs.add(new Crumb(member.getName(), "/members/" + member.getId()));
        return new MemberDuesPage(member, crumbs, a.paying(), a.trackStart().orElse(null),
                now.map(DuesPolicy.Base::category).orElse(null), now.map(DuesPolicy.Base::monthlyBase).orElse(null),
                a.owed(current).orElse(null), current,
                newestFirst(bases.findByMemberIdOrderByEffectiveMonthAscIdAsc(memberId)),
                years, slice(paid, paging), paging,
                reductions.findByMemberIdOrderByFromMonthDescIdDesc(memberId), a.arrears(), a.longestRun(),
                a.flagged(), a.paidThrough().orElse(null), a.firstOpen().orElse(null));
    }

    private static YearSummary yearSummary(MemberAccount a, int year) {
        BigDecimal owed = ZERO;
        BigDecimal paid = ZERO;
        int open = 0;
        BigDecimal monthly = null;
        DuesCategory category = null;
        for (YearMonth m : months(year)) {
            Optional<BigDecimal> o = a.owed(m);
            if (o.isPresent() && monthly == null) {
                monthly = o.get();
                category = a.governing(m).map(DuesPolicy.Base::category).orElse(null);
            }
            owed = o.map(owed::add).orElse(owed);
            paid = a.paid(m).map(paid::add).orElse(paid);
            if (a.open(m) && m.isBefore(a.current())) {
                open++;
            }
        }
        return new YearSummary(year, monthly, category, owed, paid, open);
    }

    /** The dues line of the member page: paid through which month, how many months in arrears. */
    public MemberLine line(PartyMember member) {
        MemberAccount a = accounts.of(member);
        return new MemberLine(member.getId(), a.paying(), a.hasBase(), a.paidThrough().orElse(null),
                a.arrears().size(), a.flagged());
    }

    // ---------------------------------------------------------------- reductions

    /** Reduction requests in scope, open ones first; status null: every request. */
    public ReductionPage reductions(ReductionStatus status, int page, Scope scope, boolean canDecide) {
        var found = reductions.findInScope(scope.regionPrefix(), scope.orgPrefix(), status,
                PageRequest.of(Math.max(0, page), PAGE_SIZE));
        String me = AuditService.currentUser();
        List<ReductionRow> rows = found.getContent().stream().map(r -> {
            PartyMember m = dues.requireMember(r.getMemberId(), scope);
            return new ReductionRow(r, m.getName(), m.getOrg().getName(), me.equals(r.getRequestedBy()));
        }).toList();
        IntFunction<String> link = n -> UriComponentsBuilder.fromPath("/dues/reductions")
                .queryParamIfPresent("status", Optional.ofNullable(status)).queryParam("page", n).encode().build()
                .toUriString();
        return new ReductionPage(status, rows, paging((int) found.getTotalElements(), page, link), canDecide);
    }

    // ---------------------------------------------------------------- the level pages

    /**
     * The dues figures of a region per child region (see {@link RegionFigures}), with the region's own
     * organizations (those seated at a street itself) as a row of their own when there are any, and the
     * total. For the level pages: {@code dues/fragments :: figures(page, tableId)} renders it.
     */
    public RegionPage figures(long regionId, Scope scope) {
        Region region = regions.require(regionId, scope);
        return figures(region, scope, queries.figures(region.getLevel(), region.getPath(), scope,
                accounts.currentMonth()));
    }

    /**
     * The same page from figures already added up per child region (key null: the region's own
     * organizations), e.g. from the level roll-up of {@link #figuresBySittingRegion} for a region grant.
     */
    public RegionPage figures(long regionId, Scope scope, Map<Long, DuesFigures> byChild) {
        return figures(regions.require(regionId, scope), scope, byChild);
    }

    /**
     * The figures per region where organizations sit, for the given regions (every region when null),
     * as of the current month: the level roll-up stores these and adds them up for a region's page.
     */
    public Map<Long, DuesFigures> figuresBySittingRegion(Collection<Long> regionIds) {
        return queries.figuresBySittingRegion(regionIds, accounts.currentMonth());
    }

    private RegionPage figures(Region region, Scope scope, Map<Long, DuesFigures> byChild) {
        List<RegionFigures> rows = new ArrayList<>();
        List<Region> children = switch (region.getLevel()) {
            case COMMUNITY -> List.of(region);
            default -> regions.children(region);
        };
        for (Region child : children) {
            rows.add(figures(child, false, byChild.get(child.getId())));
        }
        if (byChild.containsKey(null)) {
            rows.add(figures(region, true, byChild.get(null)));
        }
        RegionFigures total = new RegionFigures(region, false, sum(rows, RegionFigures::members),
                sum(rows, RegionFigures::noBase), sum(rows, RegionFigures::inArrears), sum(rows, RegionFigures::flagged),
                sum(rows, RegionFigures::arrearsMonths),
                rows.stream().map(RegionFigures::collectedYear).reduce(ZERO, BigDecimal::add));
        return new RegionPage(region, regionCrumbs(region, scope), accounts.currentMonth().getYear(), rows, total);
    }

    private static RegionFigures figures(Region region, boolean own, DuesFigures f) {
        return f == null ? new RegionFigures(region, own, 0, 0, 0, 0, 0, ZERO)
                : new RegionFigures(region, own, f.members(), f.noBase(), f.inArrears(), f.flagged(),
                        f.arrearsMonths(), f.collectedYear().setScale(2));
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(list);
        return list;
    }

    private static long sum(List<RegionFigures> rows, java.util.function.ToLongFunction<RegionFigures> f) {
        return rows.stream().mapToLong(f).sum();
    }

    // ---------------------------------------------------------------- helpers

    static List<YearMonth> months(int year) {
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(YearMonth.of(year, m));
        }
        return months;
    }

    private List<Crumb> crumbs(PartyOrg org, Scope scope) {
        List<Crumb> crumbs = new ArrayList<>(regionCrumbs(org.getRegion(), scope));
        crumbs.add(new Crumb(org.getName(), "/orgs/" + org.getId()));
        return crumbs;
    }

    private List<Crumb> regionCrumbs(Region region, Scope scope) {
        return regions.lineage(region.getPath()).stream()
                .map(r -> new Crumb(r.getName(), scope.coversRegion(r.getPath()) ? "/regions/" + r.getId() : null))
                .toList();
    }

    private static <T> List<T> slice(List<T> all, Paging paging) {
        int from = Math.min(all.size(), paging.number() * PAGE_SIZE);
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }

    private static Paging paging(int total, int page, IntFunction<String> link) {
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(Math.max(0, page), pages - 1);
        return new Paging(number, pages, total, link.apply(Math.max(0, number - 1)),
                link.apply(Math.min(pages - 1, number + 1)));
    }

}
