package org.grassroots.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.dashboard.DashboardViews.Dashboard;
import org.grassroots.dashboard.DashboardViews.Line;
import org.grassroots.dashboard.DashboardViews.Section;
import org.grassroots.dashboard.DashboardViews.Table;
import org.grassroots.shared.TitledSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a dashboard to Excel: one sheet per section, its tables one under the other (a title line,
 * the columns, the lines and the total), numbers as numbers.
 */
@Component
class DashboardExport {

    private final MessageSource messages;

    DashboardExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(Dashboard page, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            String title = page.region().getName() + " " + page.year();
            for (Section section : page.sections()) {
                String name = messages.getMessage("dashboard.section." + section.key(), null, locale);
                Table first = section.tables().get(0);
                Sheet sheet = TitledSheet.create(book, WorkbookUtil.createSafeSheetName(name), title + " " + name,
                        headers(first));
                int r = TitledSheet.FIRST_DATA_ROW;
                for (int t = 0; t < section.tables().size(); t++) {
                    Table table = section.tables().get(t);
                    if (t > 0) {
                        r++;
                        write(sheet.createRow(r++), null, headers(table));
                    }
                    for (Line line : table.lines()) {
                        write(sheet.createRow(r++), line.label(), line.values());
                    }
                    write(sheet.createRow(r++), table.total().label(), table.total().values());
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    private static List<String> headers(Table table) {
        List<String> headers = new ArrayList<>();
        headers.add(table.title());
        headers.addAll(table.columns());
        return headers;
    }

    private static void write(Row row, String label, List<?> values) {
        int c = 0;
        if (label != null) {
            row.createCell(c++).setCellValue(label);
        }
        for (Object v : values) {
            if (v instanceof BigDecimal d) {
                row.createCell(c).setCellValue(d.doubleValue());
            } else if (v instanceof String s) {
                row.createCell(c).setCellValue(s);
            }
            c++;
        }
    }
}
