package org.grassroots.shared;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The opening of an export sheet: the place it covers in the first row, bold column headers in the second. */
public final class TitledSheet {

    /** The row the data starts on. */
    public static final int FIRST_DATA_ROW = 2;

    private TitledSheet() {
    }

    public static Sheet create(SXSSFWorkbook book, String sheetName, String title, List<String> headers) {
        Sheet sheet = book.createSheet(sheetName);
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(1);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        return sheet;
    }
}
