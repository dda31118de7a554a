package org.grassroots.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.reporting.ReportingViews.SheetRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the employer feedback sheet as the printable page has it: a heading block (region, quarter,
 * employer), one row per person, and the community's signature line. No phone numbers; labels follow
 * the user's language.
 */
@Component
class FeedbackExport {

    static final String[] HEADERS = {"reporting.sheet.col.name", "reporting.sheet.col.community",
        "reporting.sheet.col.firstReported", "reporting.sheet.col.period", "reporting.sheet.col.posts",
        "reporting.sheet.col.services", "reporting.sheet.col.hours", "reporting.sheet.col.lastService"};

    private final MessageSource messages;

    FeedbackExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(ReportingViews.Sheet sheet, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet s = book.createSheet(sheet.quarter().toString());
            int r = 0;
            cell(s.createRow(r++), 0, msg("reporting.sheet.title", locale), bold);
            labelled(s.createRow(r++), msg("reporting.sheet.region", locale), sheet.region().getName());
            labelled(s.createRow(r++), msg("reporting.sheet.quarter", locale), sheet.quarter().toString() + " ("
                    + sheet.quarter().start() + " – " + sheet.quarter().end() + ")");
            labelled(s.createRow(r++), msg("reporting.sheet.employerOrg", locale), text(sheet.employer().orgName()));
            labelled(s.createRow(r++), msg("reporting.sheet.employer", locale),
                    text(sheet.employer().employerNames()));
            r++;
            Row header = s.createRow(r++);
            for (int i = 0; i < HEADERS.length; i++) {
                cell(header, i, msg(HEADERS[i], locale), bold);
            }
            for (SheetRow row : sheet.rows()) {
                Row line = s.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(row.name());
                line.createCell(c++).setCellValue(row.communityName());
                line.createCell(c++).setCellValue(date(row.firstReportedOn()));
                line.createCell(c++).setCellValue(date(row.periodFrom()) + " – " + date(row.periodUntil()));
                line.createCell(c++).setCellValue(text(row.posts()));
                line.createCell(c++).setCellValue(row.services());
                line.createCell(c++).setCellValue(row.hours().doubleValue());
                line.createCell(c).setCellValue(date(row.lastService()));
            }
            r++;
            labelled(s.createRow(r++), msg("reporting.sheet.total", locale), msg("reporting.sheet.totalValue",
                    locale, sheet.employer().members(), sheet.employer().services(),
                    sheet.employer().hours().stripTrailingZeros().toPlainString()));
            r++;
            labelled(s.createRow(r++), msg("reporting.sheet.signature", locale), "");
            labelled(s.createRow(r), msg("reporting.sheet.signedOn", locale), "");
            for (int i = 0; i < HEADERS.length; i++) {
                s.setColumnWidth(i, (i == 4 ? 30 : 16) * 256);
            }
            book.write(out);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void labelled(Row row, String label, String value) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
