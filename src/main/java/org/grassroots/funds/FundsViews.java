package org.grassroots.funds;

import java.math.BigDecimal;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.shared.Pager;

/** What the funds pages show, and the figures the level pages and the 三有一化 check may use. */
public final class FundsViews {

    private FundsViews() {
    }

    public record Crumb(String name, String url) {
    }

    /**
     * One community's money for a year, summed in SQL ({@link FundsQueries#facts}): its budget lines'
     * total, its spending in the year, the part spent on serving the masses (MASSES), and its residents
     * (recorded on its open grids).
     */
    public record CommunityFunds(long communityId, String name, String path, long residents, long budgetLines,
            BigDecimal budget, BigDecimal spent, BigDecimal massesSpent) {

        public boolean budgeted() {
            return budgetLines > 0;
        }
    }

    /**
     * The funds of one region for a year (a community, or a child region summing its communities):
     * {@code withoutBudget} communities have no budget line that year; {@code behind} have one and are
     * not on track.
     */
    public record FundsRow(Region region, long communities, long withoutBudget, long behind, BigDecimal budget,
            BigDecimal spent, BigDecimal massesSpent, long residents) {

        /** Spent ÷ budget in percent, one decimal; null without a budget. */
        public BigDecimal ratePercent() {
            return FundsPolicy.percent(FundsPolicy.rate(budget, spent));
        }

        /** Spending on serving the masses per resident, yuan; null without residents. */
        public BigDecimal massesPerResident() {
            return FundsPolicy.perResident(massesSpent, residents);
        }
    }

    /**
     * Per child region (a community: itself) and in total for the year; {@code expectedPercent}: the
     * elapsed share of the year, {@code tolerancePercent}: the on-track tolerance in percentage points.
     */
    public record Summary(Region region, int year, BigDecimal expectedPercent, BigDecimal tolerancePercent,
            List<FundsRow> rows, FundsRow total) {
    }

    /** A category of one community's year: budget, spent and rate; {@code unbudgeted}: spending without budget. */
    public record CategoryRow(FundCategory category, BigDecimal budget, BigDecimal spent) {

        public BigDecimal ratePercent() {
            return FundsPolicy.percent(FundsPolicy.rate(budget, spent));
        }

        public boolean unbudgeted() {
            return budget.signum() == 0 && spent.signum() > 0;
        }
    }

    public record SpendingRow(FundSpending entry, boolean unbudgeted) {
    }

    /** A community lacking this year: no budget, or behind schedule, for the list of a street and above. */
    public record LackRow(long communityId, String name, boolean noBudget, BigDecimal ratePercent) {
    }

    /**
     * 有钱办事 for one community and year: budget total, spent, rate (fraction, null without budget),
     * the elapsed share of the year and the tolerance; {@code met} when a budget is in place and the
     * rate is at least the share minus the tolerance.
     */
    public record FundingFact(long communityId, String name, String path, BigDecimal budget, BigDecimal spent,
            BigDecimal rate, BigDecimal expectedShare, BigDecimal tolerance, boolean budgeted, boolean met) {
    }

    public record FundsPage(Region region, List<Crumb> crumbs, int year, List<Integer> years, boolean community,
            Summary summary, List<FundBudget> lines, List<CategoryRow> categories, CategoryRow total,
            boolean onTrack, List<SpendingRow> spendings, Pager pager, List<LackRow> lacks, Pager lackPager) {
    }
}
