package org.grassroots.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.grassroots.region.Region;

/** Read models of the dashboards: every section is tables, and each chart is drawn from its table. */
public final class DashboardViews {

    private DashboardViews() {
    }

    /** A link of the breadcrumb; url null when the region is outside the scope. */
    public record Crumb(String name, String url) {
    }

    /**
     * A table of figures: one line per child region (or organization), its columns, and the total.
     * chart: bar, pie, line or funnel (null: no chart); stack: bars stacked; totalChart: a pie or funnel
     * of the total line instead of the lines; charted: per column, whether the chart shows it.
     */
    public record Table(String id, String title, String chart, boolean stack, boolean totalChart, List<String> columns,
            List<Boolean> charted, List<Line> lines, Line total) {
    }

    /** A line of a table: its label, where it drills down to (null: nowhere), a value per column (null: none). */
    public record Line(String label, String href, List<BigDecimal> values) {
    }

    /** A card: its message key (dashboard.section.KEY and .caption) and its tables. */
    public record Section(String key, List<Table> tables) {
    }

    /** A region's dashboard for a year (meetings and funds). */
    public record Dashboard(Region region, List<Crumb> crumbs, int year, List<Section> sections) {
    }
}
