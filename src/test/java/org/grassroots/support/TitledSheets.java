package org.grassroots.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an export written with {@code shared.TitledSheet}: a title row, a header row, then one row
 * per record. Cells are read as a user sees them in Excel.
 */
public final class TitledSheets {

    private static final DataFormatter FORMAT = new DataFormatter();

    private TitledSheets() {
    }

    /** The first sheet of a downloaded workbook (held in memory; nothing to close). */
    @SuppressWarnings("resource")
    public static Sheet firstSheet(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
    }

    /** The number of record rows (below the title and the headers). */
    public static int rowCount(Sheet sheet) {
        return sheet.getLastRowNum() - 1;
    }

    /** The headers, in order. */
    public static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        for (Cell c : sheet.getRow(1)) {
            headers.add(c.getStringCellValue());
        }
        return headers;
    }

    /** One column of the record rows, as shown. */
    public static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            values.add(cell(sheet.getRow(r), column));
        }
        return values;
    }

    /** Every cell of the sheet, title and headers too, joined by '|' (to look for what must not be there). */
    public static String allText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell c : row) {
                text.append(FORMAT.formatCellValue(c)).append('|');
            }
        }
        return text.toString();
    }

    /** A cell as shown; empty when missing. */
    public static String cell(Row row, int column) {
        return row.getCell(column) == null ? "" : FORMAT.formatCellValue(row.getCell(column));
    }
}
