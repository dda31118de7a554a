package org.grassroots.readiness;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.readiness.ReadinessViews.Answer;
import org.grassroots.readiness.ReadinessViews.CommunityReadiness;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the filtered 三有一化 list to an Excel workbook: one row a community, yes or no and the reasons. */
@Component
class ReadinessExport {

    private final MessageSource messages;

    ReadinessExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(String regionName, List<CommunityReadiness> rows, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(msg("readiness.export.sheet", locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(regionName);
            Row header = sheet.createRow(1);
            int h = 0;
            header(header, h++, msg("readiness.col.community", locale), bold);
            for (Indicator i : Indicator.values()) {
                header(header, h++, msg("readiness.indicator." + i.name(), locale), bold);
                header(header, h++, msg("readiness.col.reason", locale), bold);
            }
            header(header, h++, msg("readiness.col.all", locale), bold);
            int r = 2;
            for (CommunityReadiness c : rows) {
                Row line = sheet.createRow(r++);
                int col = 0;
                line.createCell(col++).setCellValue(c.name());
                for (Answer a : c.answers()) {
                    line.createCell(col++).setCellValue(msg(a.met() ? "readiness.yes" : "readiness.no", locale));
                    line.createCell(col++).setCellValue(a.reasons().stream()
                            .map(x -> messages.getMessage(x.key(), x.params(), locale))
                            .collect(Collectors.joining("; ")));
                }
                line.createCell(col).setCellValue(msg(c.all() ? "readiness.yes" : "readiness.no", locale));
            }
            sheet.setColumnWidth(0, 18 * 256);
            for (int i = 1; i < h; i++) {
                sheet.setColumnWidth(i, (i % 2 == 0 ? 30 : 8) * 256);
            }
            book.write(out);
            book.dispose();
        }
    }

    private static void header(Row row, int col, String text, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
