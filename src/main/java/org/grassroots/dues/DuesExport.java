package org.grassroots.dues;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.shared.TitledSheet;
import org.grassroots.dues.DuesViews.ArrearsRow;
import org.grassroots.dues.DuesViews.LedgerRow;
import org.grassroots.dues.DuesViews.LedgerTotals;
import org.grassroots.dues.DuesViews.YearRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the dues ledgers as offices keep them: the month's ledger (one row per paying member and a
 * total row) and the annual summary (members × months). Amounts are numbers, so the sheet can sum
 * them; no income base leaves the system. The arrears list goes out as the page shows it for the same
 * filter: names and months only, no phone or ID number.
 */
@Component
class DuesExport {

    private static final String[] LEDGER_HEADERS = {"dues.col.name", "dues.col.org", "dues.col.status",
        "dues.col.category", "dues.col.owed", "dues.col.paid", "dues.col.arrears", "dues.col.paidThrough",
        "dues.col.flag"};

    private static final String[] ARREARS_HEADERS = {"dues.col.name", "dues.col.org", "dues.col.arrears",
        "dues.col.longestRun", "dues.col.firstOpen", "dues.col.paidThrough", "dues.col.flag"};

    private final MessageSource messages;

    DuesExport(MessageSource messages) {
        this.messages = messages;
    }

    void writeLedger(String orgName, YearMonth month, List<LedgerRow> rows, LedgerTotals totals, Locale locale,
            OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle bold = bold(book);
            Sheet sheet = book.createSheet(msg("dues.export.ledgerSheet", locale, month.toString()));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(msg("dues.ledger.title", locale, orgName, month.toString()));
            title.getCell(0).setCellStyle(bold);
            header(sheet.createRow(1), LEDGER_HEADERS, bold, locale);
            int r = 2;
            for (LedgerRow row : rows) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(row.name());
                line.createCell(c++).setCellValue(row.orgName());
                line.createCell(c++).setCellValue(msg("member.status." + row.status().name(), locale));
                line.createCell(c++).setCellValue(row.category() == null ? ""
                        : msg("dues.category." + row.category().name(), locale));
                amount(line.createCell(c++), row.owed());
                amount(line.createCell(c++), row.paid());
                line.createCell(c++).setCellValue(row.arrears());
                line.createCell(c++).setCellValue(row.paidThrough() == null ? "" : row.paidThrough().toString());
                line.createCell(c).setCellValue(row.flagged() ? msg("dues.flag", locale) : "");
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue(msg("dues.total", locale));
            total.getCell(0).setCellStyle(bold);
            amount(total.createCell(4), totals.owed());
            amount(total.createCell(5), totals.paid());
            total.createCell(6).setCellValue(totals.inArrears());
            widths(sheet, LEDGER_HEADERS.length);
            book.write(out);
            book.dispose();
        }
    }

    void writeYear(String orgName, int year, List<YearMonth> months, List<YearRow> rows, Locale locale,
            OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle bold = bold(book);
            Sheet sheet = book.createSheet(msg("dues.export.yearSheet", locale, Integer.toString(year)));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(msg("dues.year.title", locale, orgName, Integer.toString(year)));
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            int h = 0;
            header(header, h++, msg("dues.col.name", locale), bold);
            header(header, h++, msg("dues.col.org", locale), bold);
            for (YearMonth m : months) {
                header(header, h++, m.toString(), bold);
            }
            header(header, h++, msg("dues.col.owed", locale), bold);
            header(header, h++, msg("dues.col.paid", locale), bold);
            header(header, h, msg("dues.col.openMonths", locale), bold);
            int r = 2;
            BigDecimal[] paidByMonth = new BigDecimal[months.size()];
            BigDecimal owedTotal = BigDecimal.ZERO;
            BigDecimal paidTotal = BigDecimal.ZERO;
            for (YearRow row : rows) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(row.name());
                line.createCell(c++).setCellValue(row.orgName());
                for (int i = 0; i < row.cells().size(); i++) {
                    DuesViews.Cell cell = row.cells().get(i);
                    Cell target = line.createCell(c++);
                    switch (cell.state()) {
                        case PAID -> {
                            target.setCellValue(cell.paid().doubleValue());
                            paidByMonth[i] = paidByMonth[i] == null ? cell.paid() : paidByMonth[i].add(cell.paid());
                        }
                        case OPEN, DUE -> target.setCellValue(msg("dues.cell." + cell.state().name(), locale));
                        case EXEMPT -> target.setCellValue(msg("dues.cell.EXEMPT", locale));
                        case NOT_OWED -> target.setCellValue("");
                    }
                }
                amount(line.createCell(c++), row.owed());
                amount(line.createCell(c++), row.paid());
                line.createCell(c).setCellValue(row.openMonths());
                owedTotal = owedTotal.add(row.owed());
                paidTotal = paidTotal.add(row.paid());
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue(msg("dues.total", locale));
            total.getCell(0).setCellStyle(bold);
            for (int i = 0; i < months.size(); i++) {
                amount(total.createCell(2 + i), paidByMonth[i] == null ? BigDecimal.ZERO : paidByMonth[i]);
            }
            amount(total.createCell(2 + months.size()), owedTotal);
            amount(total.createCell(3 + months.size()), paidTotal);
            widths(sheet, months.size() + 5);
            book.write(out);
            book.dispose();
        }
    }

    /** The arrears list (all: everyone in arrears, else only the flagged), every row, in the page's order. */
    void writeArrears(String orgName, boolean all, List<ArrearsRow> rows, Locale locale, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            String filter = msg(all ? "dues.arrears.all" : "dues.arrears.flaggedOnly", locale);
            Sheet sheet = TitledSheet.create(book, msg("lists.arrears.sheet", locale),
                    msg("lists.arrears.title", locale, orgName, filter),
                    Arrays.stream(ARREARS_HEADERS).map(h -> msg(h, locale)).toList());
            int r = TitledSheet.FIRST_DATA_ROW;
            for (ArrearsRow row : rows) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(row.name());
                line.createCell(c++).setCellValue(row.orgName());
                line.createCell(c++).setCellValue(row.months());
                line.createCell(c++).setCellValue(row.longestRun());
                line.createCell(c++).setCellValue(row.firstOpen() == null ? "" : row.firstOpen().toString());
                line.createCell(c++).setCellValue(row.paidThrough() == null ? "" : row.paidThrough().toString());
                line.createCell(c).setCellValue(row.flagged() ? msg("dues.flag", locale) : "");
            }
            widths(sheet, ARREARS_HEADERS.length);
            book.write(out);
            book.dispose();
        }
    }

    private static CellStyle bold(SXSSFWorkbook book) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    private void header(Row row, String[] keys, CellStyle style, Locale locale) {
        for (int i = 0; i < keys.length; i++) {
            header(row, i, msg(keys[i], locale), style);
        }
    }

    private static void header(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private static void amount(Cell cell, BigDecimal value) {
        if (value == null) {
            cell.setBlank();
        } else {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static void widths(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i < 2 ? 18 : 11) * 256);
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
