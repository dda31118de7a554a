package org.grassroots.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.shared.Pager;

/** What the worker-team pages show, and the figures the level pages and the 三有一化 check may use. */
public final class WorkforceViews {

    private WorkforceViews() {
    }

    public record Crumb(String name, String url) {
    }

    /** What a community lacks in its team; labels workforce.check.&lt;NAME&gt;. */
    public enum Check { NO_PARTY_WORKER, SECRETARY_VACANT, TERM_ENDING, TERM_ENDED }

    /**
     * The facts of one community's current team, counted in SQL ({@link WorkforceQueries#facts}).
     * {@code ageSum} adds each worker's age in years (this year minus the birth year); {@code young}
     * counts those 35 and under, {@code old} those over 55, {@code college} those with 大专 or more;
     * {@code staff}: full-time workers other than 第一书记 and 党建指导员, the staffing ratio's count;
     * {@code residents}: the residents recorded on the community's open grids.
     */
    public record CommunityFacts(long communityId, String name, String path, long residents, long headcount,
            long ageSum, long young, long old, long college, long partyWorkers, long staff, long secretaries,
            long termsEnding, long termsEnded) {

        public List<Check> checks() {
            List<Check> checks = new java.util.ArrayList<>();
            if (secretaries == 0) {
                checks.add(Check.SECRETARY_VACANT);
            }
            if (partyWorkers == 0) {
                checks.add(Check.NO_PARTY_WORKER);
            }
            if (termsEnding > 0) {
                checks.add(Check.TERM_ENDING);
            }
            if (termsEnded > 0) {
                checks.add(Check.TERM_ENDED);
            }
            return checks;
        }
    }

    /**
     * The team structure of one region (a community, or a child region summing its communities).
     * Shares are whole percent of the headcount; averages and ratios are null when there is nothing
     * to divide by.
     */
    public record StructureRow(Region region, long communities, long residents, long headcount, long ageSum,
            long young, long old, long college, long partyWorkers, long staff, long secretaryVacant,
            long noPartyWorker, long termsEnding, long termsEnded) {

        public static StructureRow of(Region region, List<CommunityFacts> facts) {
            return new StructureRow(region, facts.size(), sum(facts, CommunityFacts::residents),
                    sum(facts, CommunityFacts::headcount), sum(facts, CommunityFacts::ageSum),
                    sum(facts, CommunityFacts::young), sum(facts, CommunityFacts::old),
                    sum(facts, CommunityFacts::college), sum(facts, CommunityFacts::partyWorkers),
                    sum(facts, CommunityFacts::staff),
                    facts.stream().filter(f -> f.checks().contains(Check.SECRETARY_VACANT)).count(),
                    facts.stream().filter(f -> f.checks().contains(Check.NO_PARTY_WORKER)).count(),
                    facts.stream().filter(f -> f.checks().contains(Check.TERM_ENDING)).count(),
                    facts.stream().filter(f -> f.checks().contains(Check.TERM_ENDED)).count());
        }

        private static long sum(List<CommunityFacts> facts, java.util.function.ToLongFunction<CommunityFacts> f) {
            return facts.stream().mapToLong(f).sum();
        }

        /** Mean age in years, one decimal. */
        public BigDecimal averageAge() {
            return ratio(ageSum, headcount, 1);
        }

        public Long youngPercent() {
            return percent(young, headcount);
        }

        public Long oldPercent() {
            return percent(old, headcount);
        }

        public Long collegePercent() {
            return percent(college, headcount);
        }

        /** Full-time Party workers (专职党务工作者) per community, two decimals. */
        public BigDecimal partyWorkersPerCommunity() {
            return ratio(partyWorkers, communities, 2);
        }

        /** Staff (full-time, not sent from outside) per 10,000 residents, one decimal. */
        public BigDecimal staffPerTenThousand() {
            return ratio(staff * 10_000, residents, 1);
        }

        /** Whether the staffing ratio reaches the city's target; null without residents. */
        public Boolean meets(int target) {
            BigDecimal ratio = staffPerTenThousand();
            return ratio == null ? null : ratio.compareTo(BigDecimal.valueOf(target)) >= 0;
        }

        public long checkCount() {
            return secretaryVacant + noPartyWorker + termsEnding + termsEnded;
        }

        static BigDecimal ratio(long part, long whole, int scale) {
            return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale,
                    RoundingMode.HALF_UP);
        }

        static Long percent(long part, long whole) {
            return whole == 0 ? null : Math.round(100.0 * part / whole);
        }
    }

    /**
     * Per child region (a community: itself) and in total; {@code target}: workers per 10,000 residents
     * the city wants ({@code grassroots.workforce.workers-per-ten-thousand}); {@code termWarningDays}: how
     * soon a first secretary's term end is flagged.
     */
    public record Summary(Region region, int target, int termWarningDays, List<StructureRow> rows,
            StructureRow total) {
    }

    /** A community with what it lacks, for the check list of a street, district or the city. */
    public record CheckRow(long communityId, String name, List<Check> checks) {
    }

    /** A post on the roster, with the first secretary's term flag. */
    public record WorkerRow(CommunityWorker worker, int age, boolean current, Check termFlag) {
    }

    /**
     * 有人管事 for one community: the serving secretary (null: vacant) and how many full-time Party
     * workers serve; {@code met} when there is a secretary and at least one such worker.
     */
    public record StaffingFact(long communityId, String name, String path, String secretaryName,
            long fullTimePartyWorkers, boolean met) {
    }

    /**
     * One community's team figures as the roll-up keeps them: its facts counted with the term-warning
     * days given ({@link WorkforcePages#figuresByCommunity}) and its 有人管事 fact.
     */
    public record TeamFigures(int termWarningDays, CommunityFacts facts, StaffingFact staffing) {
    }

    public record WorkersPage(Region region, List<Crumb> crumbs, boolean community, Summary summary,
            List<CheckRow> checks, Pager checkPager, List<WorkerRow> roster, Pager rosterPager, String q,
            boolean former, int termWarningDays) {
    }

    /** A member who may be chosen for a post. */
    public record Choice(long id, String name, String orgName) {
    }
}
