package org.grassroots.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.shared.Pager;

/** The read models of the 三有一化 pages and of the level-page summary. */
public final class ReadinessViews {

    private ReadinessViews() {
    }

    public record Crumb(String name, String url) {
    }

    /** Why an answer is yes or no: a message key under readiness.reason.* and its arguments. */
    public record Reason(String key, List<Object> args) {

        public Object[] params() {
            return args.toArray();
        }
    }

    /** One part of 三有一化 for one community: met or not, and the reasons (the facts behind it). */
    public record Answer(Indicator indicator, boolean met, List<Reason> reasons) {
    }

    /** A community's four answers. */
    public record CommunityReadiness(long communityId, String name, String path, Answer people, Answer money,
            Answer place, Answer regional) {

        public List<Answer> answers() {
            return List.of(people, money, place, regional);
        }

        public Answer answer(Indicator indicator) {
            return switch (indicator) {
                case PEOPLE -> people;
                case MONEY -> money;
                case PLACE -> place;
                case REGIONAL -> regional;
            };
        }

        /** All four met (三有一化 achieved). */
        public boolean all() {
            return people.met() && money.met() && place.met() && regional.met();
        }
    }

    /**
     * The communities under a region (a child region or the total) and how many of them meet each part
     * and all four; rates are percent with one decimal, null without communities.
     */
    public record SummaryRow(Region region, long communities, long people, long money, long place, long regional,
            long all) {

        public long met(Indicator indicator) {
            return switch (indicator) {
                case PEOPLE -> people;
                case MONEY -> money;
                case PLACE -> place;
                case REGIONAL -> regional;
            };
        }

        public BigDecimal rate(Indicator indicator) {
            return percent(met(indicator));
        }

        public BigDecimal allRate() {
            return percent(all);
        }

        /** Communities lacking at least one part. */
        public long lacking() {
            return communities - all;
        }

        private BigDecimal percent(long count) {
            return communities == 0 ? null : BigDecimal.valueOf(count * 100L)
                    .divide(BigDecimal.valueOf(communities), 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * Per child region (a community: itself) and in total; {@code own} holds a community's own four
     * answers when the region is a community, null above. {@code year}: the budget year checked.
     */
    public record Summary(Region region, int year, List<SummaryRow> rows, SummaryRow total, CommunityReadiness own) {

        public List<Indicator> indicators() {
            return List.of(Indicator.values());
        }
    }

    /** The list page: the summary, the filter and search, and one page of communities. */
    public record ListPage(Region region, List<Crumb> crumbs, Summary summary, Lacking lacking, String q,
            List<CommunityReadiness> rows, Pager pager) {

        public List<Lacking> filters() {
            return List.of(Lacking.values());
        }

        /** The filter's name for links, empty for every community. */
        public String lackingName() {
            return lacking == null ? "" : lacking.name();
        }
    }
}
