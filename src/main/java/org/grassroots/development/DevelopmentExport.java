package org.grassroots.development;

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
import org.grassroots.development.DevelopmentViews.PersonRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the board's people (发展党员工作台账) or the probation list (预备党员名册) to an Excel sheet,
 * every page of the list on screen, as offices keep these ledgers. Text cells only: a name that
 * starts with "=" stays text, never a formula.
 */
@Component
class DevelopmentExport {

    private static final List<String> BOARD_HEADERS = List.of("development.col.person", "member.status",
            "development.col.org", "development.col.stage", "development.col.last", "development.col.lastOn",
            "development.col.next", "development.col.alert", "development.col.dueOn");

    private static final List<String> PROBATION_HEADERS = List.of("development.col.person", "development.col.org",
            "development.col.admissionVote", "development.col.extension", "development.col.probationEnd",
            "development.col.decideBy", "development.col.alert");

    private final MessageSource messages;

    DevelopmentExport(MessageSource messages) {
        this.messages = messages;
    }

    void board(List<PersonRow> rows, Locale locale, OutputStream out) throws IOException {
        write("development.board.people", BOARD_HEADERS, rows, locale, out, r -> new String[] {r.name(),
                msg("member.status." + r.status().name(), locale), r.orgName(),
                msg("development.stage." + r.stage().name(), locale), r.lastStep(), date(r.lastOn()), r.nextStep(),
                alert(r, locale), date(r.dueOn())});
    }

    void probation(List<PersonRow> rows, Locale locale, OutputStream out) throws IOException {
        write("development.probation.title", PROBATION_HEADERS, rows, locale, out, r -> new String[] {r.name(),
                r.orgName(), date(r.admissionVote()), r.extensionMonths() > 0
                        ? messages.getMessage("development.months", new Object[] {r.extensionMonths()}, locale) : "",
                date(r.probationEnd()), date(r.decideBy()), alert(r, locale)});
    }

    private interface Cells {
        String[] of(PersonRow row);
    }

    private void write(String title, List<String> headers, List<PersonRow> rows, Locale locale, OutputStream out,
            Cells cells) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(msg(title, locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(msg(headers.get(i), locale));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 16 * 256);
            }
            int r = 1;
            for (PersonRow row : rows) {
                String[] values = cells.of(row);
                Row line = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    line.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
                }
            }
            book.write(out);
            book.dispose();
        }
    }

    private String alert(PersonRow row, Locale locale) {
        return row.alert() == null || row.alert() == Alert.NONE ? "" : msg("development.alert." + row.alert().name(),
                locale);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
