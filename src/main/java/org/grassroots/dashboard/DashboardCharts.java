package org.grassroots.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.dashboard.DashboardViews.Dashboard;
import org.grassroots.dashboard.DashboardViews.Line;
import org.grassroots.dashboard.DashboardViews.Section;
import org.grassroots.dashboard.DashboardViews.Table;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The charts' data of a dashboard page as one JSON block ({@code <script type="application/json"
 * id="dashboard-data">}, read by static/js/dashboard.js): per table, keyed by its id, the chart kind,
 * the column labels, the columns the chart leaves out, every line as [label, href, values] and the
 * total line. The same figures as the tables (all columns), which the table view renders one link away.
 */
final class DashboardCharts {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private DashboardCharts() {
    }

    /** The block's text, safe inside a script element (no {@code <}, {@code >} or {@code &} unescaped). */
    static String json(Dashboard page) {
        Map<String, Object> tables = new LinkedHashMap<>();
        for (Section s : page.sections()) {
            for (Table t : s.tables()) {
                tables.put(t.id(), table(t));
            }
        }
        return JSON.writeValueAsString(tables).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static Map<String, Object> table(Table t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chart", t.chart());
        if (t.stack()) {
            out.put("stack", true);
        }
        if (t.totalChart()) {
            out.put("source", "total");
        }
        out.put("columns", t.columns());
        List<Integer> skip = new ArrayList<>();
        for (int i = 0; i < t.charted().size(); i++) {
            if (!t.charted().get(i)) {
                skip.add(i);
            }
        }
        out.put("skip", skip);
        out.put("lines", t.lines().stream().map(DashboardCharts::line).toList());
        out.put("total", line(t.total()));
        return out;
    }

    private static List<Object> line(Line l) {
        List<Object> out = new ArrayList<>(3);
        out.add(l.label());
        out.add(l.href());
        List<BigDecimal> values = l.values();
        out.add(values);
        return out;
    }
}
