package org.grassroots.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.shared.Pager;

/** Read models of the assessment pages. */
public final class AssessmentViews {

    private AssessmentViews() {
    }

    /** A tree in the list: its owner and how many indicators it has. */
    public record TreeRow(long id, String name, int year, AssessedLevel level, boolean published, long ownerId,
            String ownerName, long indicators) {
    }

    public record ListPage(List<TreeRow> rows, Pager pager, Integer year, boolean mayDefine) {
    }

    /**
     * One indicator of one region: its ratio (null for a group or a manual indicator), its score, the
     * explanation (a message key and its figures) and the page with the records behind it.
     */
    public record Line(AssessmentIndicator indicator, boolean child, BigDecimal ratio, BigDecimal score, String key,
            List<String> args, String link, ManualScore manual) {

        public boolean group() {
            return indicator.getSource() == Source.GROUP;
        }

        public BigDecimal percent() {
            return ratio == null ? null : ratio.multiply(BigDecimal.valueOf(100)).setScale(1,
                    java.math.RoundingMode.HALF_UP);
        }

        public Object[] argArray() {
            return args.toArray();
        }
    }

    /** A region's scores on a tree: every indicator line, the total and (rankings shown) the rank. */
    public record RegionScores(long regionId, String name, List<Line> lines, BigDecimal total, Integer rank) {

        public BigDecimal scoreOf(long indicatorId) {
            return lines.stream().filter(l -> l.indicator().getId() == indicatorId).map(Line::score).findFirst()
                    .orElse(BigDecimal.ZERO);
        }

        RegionScores ranked(int rank) {
            return new RegionScores(regionId, name, lines, total, rank);
        }
    }

    /** The tree page: indicators in order, the weight problems, whether the viewer may change it. */
    public record TreePage(AssessmentTree tree, Region owner, List<Line> lines, List<AssessmentIndicator> groups,
            List<WeightRule.Problem> problems, BigDecimal topSum, boolean editable) {
    }

    public record ScoresPage(AssessmentTree tree, Region owner, List<AssessmentIndicator> tops,
            List<RegionScores> rows, Pager pager, boolean rankings) {
    }

    public record RegionPage(AssessmentTree tree, Region owner, Region region, RegionScores scores, boolean mayScore) {
    }

    /**
     * For the level pages (fragment {@code assessment/fragments :: standing(standing)}): a community's or
     * street's totals on the published trees of the year that assess it; full is the tree's full mark.
     */
    public record Standing(Region region, int year, List<StandingRow> rows) {
    }

    public record StandingRow(long treeId, String treeName, String ownerName, BigDecimal total, BigDecimal full) {
    }
}
