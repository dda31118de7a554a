package org.grassroots.funds;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.funds.FundsViews.CategoryRow;
import org.grassroots.funds.FundsViews.FundsRow;
import org.grassroots.funds.FundsViews.Summary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes funds to Excel: a community's year (budget lines, execution per category, spending entries)
 * or a level's table (per child region and the total). Amounts are numbers with two decimals.
 */
@Component
class FundsExport {

    private final MessageSource messages;

    FundsExport(MessageSource messages) {
        this.messages = messages;
    }

    void writeCommunity(String title, List<FundBudget> lines, List<CategoryRow> categories, CategoryRow total,
            List<FundSpending> entries, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle bold = bold(book);
            Sheet budget = sheet(book, "funds.export.budget", title, bold, locale,
                    "funds.category", "funds.source", "funds.amount", "funds.note");
            int r = 2;
            for (FundBudget b : lines) {
                Row row = budget.createRow(r++);
                row.createCell(0).setCellValue(msg("funds.category." + b.getCategory().name(), locale));
                row.createCell(1).setCellValue(msg("funds.source." + b.getSource().name(), locale));
                row.createCell(2).setCellValue(b.getAmount().doubleValue());
                row.createCell(3).setCellValue(b.getNote() == null ? "" : b.getNote());
            }
            Sheet execution = sheet(book, "funds.export.execution", title, bold, locale,
                    "funds.category", "funds.budget", "funds.spent", "funds.rate");
            r = 2;
            for (CategoryRow c : categories) {
                categoryRow(execution.createRow(r++), msg("funds.category." + c.category().name(), locale), c);
            }
            categoryRow(execution.createRow(r), msg("funds.total", locale), total);
            Sheet spending = sheet(book, "funds.export.spending", title, bold, locale,
                    "funds.spentOn", "funds.category", "funds.amount", "funds.purpose");
            r = 2;
            for (FundSpending s : entries) {
                Row row = spending.createRow(r++);
                row.createCell(0).setCellValue(s.getSpentOn().toString());
                row.createCell(1).setCellValue(msg("funds.category." + s.getCategory().name(), locale));
                row.createCell(2).setCellValue(s.getAmount().doubleValue());
                row.createCell(3).setCellValue(s.getPurpose());
            }
            book.write(out);
            book.dispose();
        }
    }

    void writeLevel(String title, Summary summary, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = sheet(book, "funds.export.level", title, bold(book), locale, "funds.col.region",
                    "funds.col.communities", "funds.budget", "funds.spent", "funds.rate", "funds.col.massesPerResident",
                    "funds.col.withoutBudget", "funds.col.behind");
            int r = 2;
            for (FundsRow row : summary.rows()) {
                levelRow(sheet.createRow(r++), row.region().getName(), row);
            }
            levelRow(sheet.createRow(r), msg("funds.total", locale), summary.total());
            book.write(out);
            book.dispose();
        }
    }

    private static void categoryRow(Row row, String label, CategoryRow c) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(c.budget().doubleValue());
        row.createCell(2).setCellValue(c.spent().doubleValue());
        number(row.createCell(3), c.ratePercent());
    }

    private static void levelRow(Row row, String label, FundsRow f) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(f.communities());
        row.createCell(2).setCellValue(f.budget().doubleValue());
        row.createCell(3).setCellValue(f.spent().doubleValue());
        number(row.createCell(4), f.ratePercent());
        number(row.createCell(5), f.massesPerResident());
        row.createCell(6).setCellValue(f.withoutBudget());
        row.createCell(7).setCellValue(f.behind());
    }

    private static void number(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private Sheet sheet(SXSSFWorkbook book, String nameKey, String title, CellStyle bold, Locale locale,
            String... headers) {
        Sheet sheet = book.createSheet(msg(nameKey, locale));
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(1);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(msg(headers[i], locale));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, 16 * 256);
        }
        return sheet;
    }

    private static CellStyle bold(SXSSFWorkbook book) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
