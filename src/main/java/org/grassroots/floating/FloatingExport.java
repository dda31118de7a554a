package org.grassroots.floating;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.floating.FloatingViews.InflowRow;
import org.grassroots.floating.FloatingViews.ListPage;
import org.grassroots.floating.FloatingViews.OutflowRow;
import org.grassroots.floating.FloatingViews.Tab;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the list on screen (every page of it) to an Excel sheet, as offices keep their mobile-member
 * ledgers (流动党员台账). Phones stay masked; {@link FloatingPages#export} audits it.
 */
@Component
class FloatingExport {

    private static final List<String> OUTFLOW_HEADERS = List.of("floating.col.member", "floating.col.org",
            "floating.col.destination", "floating.col.reason", "floating.col.since", "floating.col.expectedReturnOn",
            "floating.col.phone", "floating.col.lastContact", "floating.col.daysSinceContact", "floating.col.cert",
            "floating.col.returnedOn", "floating.col.decisionOn");

    private static final List<String> INFLOW_HEADERS = List.of("floating.col.name", "floating.col.phone",
            "floating.col.homeOrg", "floating.col.homePlace", "floating.col.hostOrg", "floating.col.since",
            "floating.col.certNumber", "floating.col.linked", "floating.col.endedOn");

    private final MessageSource messages;

    FloatingExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(ListPage page, Locale locale, OutputStream out) throws IOException {
        boolean inflows = page.tab() == Tab.INFLOW;
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(msg("floating.tab." + page.tab().name(), locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> headers = inflows ? INFLOW_HEADERS : OUTFLOW_HEADERS;
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(msg(headers.get(i), locale));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 16 * 256);
            }
            int r = 1;
            if (inflows) {
                for (InflowRow row : page.inflows()) {
                    cells(sheet.createRow(r++), row.name(), row.phoneMasked(), row.homeOrgName(), row.homePlace(),
                            row.hostOrgName(), date(row.since()), row.certNumber(),
                            msg(row.linked() ? "floating.yes" : "floating.no", locale), date(row.endedOn()));
                }
            } else {
                for (OutflowRow row : page.outflows()) {
                    cells(sheet.createRow(r++), row.memberName(), row.orgName(), row.destination(),
                            msg("floating.reason." + row.reason().name(), locale), date(row.since()),
                            date(row.expectedReturnOn()), row.phoneMasked(), date(row.lastContactOn()),
                            Long.toString(row.daysSinceContact()),
                            row.certStatus() == null ? "" : msg("floating.cert." + row.certStatus().name(), locale),
                            date(row.returnedOn()), date(row.decisionOn()));
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
        }
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
