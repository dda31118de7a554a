package org.grassroots.dues;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.grassroots.member.MemberStatus;
import org.grassroots.member.PartyMember;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;

/** What the dues pages show. Ledgers and exports carry amounts and months, never a member's income base. */
public final class DuesViews {

    private DuesViews() {
    }

    public record Crumb(String name, String url) {
    }

    /** One page of a longer list, with the links of the pager. */
    public record Paging(int number, int totalPages, long total, String previousUrl, String nextUrl) {
    }

    /** A paying member in an organization's monthly ledger. */
    public record LedgerRow(long memberId, String name, MemberStatus status, String orgName, DuesCategory category,
            BigDecimal owed, BigDecimal paid, boolean exempt, boolean noBase, int arrears, boolean flagged,
            YearMonth paidThrough) {

        public boolean unpaid() {
            return owed != null && owed.signum() > 0 && paid == null;
        }
    }

    /** The ledger's totals over every paying member (not only the page shown). */
    public record LedgerTotals(int members, int owing, int paidMembers, BigDecimal owed, BigDecimal paid,
            BigDecimal extraCollected, BigDecimal toCentre, int inArrears, int flagged, int noBase) {
    }

    /** {@code pastMonth}: the month shown is over, so its unpaid dues are arrears rather than due. */
    public record LedgerPage(PartyOrg org, List<Crumb> crumbs, YearMonth month, String q, List<LedgerRow> rows,
            Paging paging, LedgerTotals totals, boolean monthInvalid, boolean pastMonth) {
    }

    /** The state of one member-month in the annual summary. */
    public enum CellState { NOT_OWED, PAID, OPEN, DUE, EXEMPT }

    public record Cell(YearMonth month, CellState state, BigDecimal owed, BigDecimal paid) {
    }

    public record YearRow(long memberId, String name, String orgName, List<Cell> cells, BigDecimal owed,
            BigDecimal paid, int openMonths) {
    }

    public record MonthTotal(YearMonth month, BigDecimal owed, BigDecimal paid, int paidMembers) {
    }

    public record YearPage(PartyOrg org, List<Crumb> crumbs, int year, String q, List<YearMonth> months,
            List<YearRow> rows, Paging paging, List<MonthTotal> monthTotals, BigDecimal owed, BigDecimal paid,
            boolean yearInvalid) {
    }

    /** A member in arrears: how many months, the longest unbroken run, and whether it reaches the flag. */
    public record ArrearsRow(long memberId, String name, String orgName, int months, int longestRun,
            YearMonth firstOpen, YearMonth paidThrough, boolean flagged) {
    }

    public record ArrearsPage(PartyOrg org, List<Crumb> crumbs, boolean all, List<ArrearsRow> rows, Paging paging,
            long flagged, long inArrears) {
    }

    /** One year of a member's dues: the monthly amount as set for the year, what it owed and what was paid. */
    public record YearSummary(int year, BigDecimal monthlyAmount, DuesCategory category, BigDecimal owed,
            BigDecimal paid, int openMonths) {
    }

    public record MemberDuesPage(PartyMember member, List<Crumb> crumbs, boolean paying, YearMonth trackStart,
            DuesCategory category, BigDecimal base, BigDecimal monthlyAmount, YearMonth current,
            List<DuesBase> bases, List<YearSummary> years, List<DuesPayment> payments, Paging paymentPaging,
            List<DuesReduction> reductions, List<YearMonth> arrears, int longestRun, boolean flagged,
            YearMonth paidThrough, YearMonth firstOpen) {
    }

    /** The short dues line of the member page. */
    public record MemberLine(long memberId, boolean paying, boolean hasBase, YearMonth paidThrough, int arrears,
            boolean flagged) {
    }

    /** A reduction request in the queue of the level that decides it. */
    public record ReductionRow(DuesReduction reduction, String memberName, String orgName, boolean mine) {
    }

    public record ReductionPage(ReductionStatus status, List<ReductionRow> rows, Paging paging, boolean canDecide) {
    }

    /**
     * The dues figures of a region (a child region on the level page, or their total): paying members
     * (probationary and full), those without a base, those with any month in arrears, those flagged for
     * six or more consecutive unpaid months, the months in arrears, and what was collected this year
     * (dues and voluntary extras of standing payments, by the day paid).
     */
    public record RegionFigures(Region region, boolean own, long members, long noBase, long inArrears, long flagged,
            long arrearsMonths, BigDecimal collectedYear) {
    }

    public record RegionPage(Region region, List<Crumb> crumbs, int year, List<RegionFigures> rows,
            RegionFigures total) {
    }
}
