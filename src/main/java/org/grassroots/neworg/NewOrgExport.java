package org.grassroots.neworg;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.neworg.NewOrgViews.NewOrgRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the filtered registry to an Excel workbook; the instructor's phone stays masked as on screen. */
@Component
class NewOrgExport {

    private static final String[] HEADERS = {"neworg.name", "neworg.kind", "neworg.creditCode", "neworg.street",
        "neworg.community", "neworg.locationType", "neworg.employees", "neworg.membersEmployed",
        "neworg.fullMembersEmployed", "neworg.coverageMode", "neworg.coverage", "neworg.partyOrg",
        "neworg.instructorName", "neworg.instructorPhone", "neworg.openedOn", "neworg.closedOn", "neworg.alert",
        "neworg.scattered"};

    private final MessageSource messages;

    NewOrgExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<NewOrgRow> rows, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(messages.getMessage("neworg.export.sheet", null, locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(messages.getMessage(HEADERS[i], null, locale));
                cell.setCellStyle(bold);
            }
            String yes = messages.getMessage("neworg.yes", null, locale);
            int r = 1;
            for (NewOrgRow n : rows) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(n.name());
                row.createCell(c++).setCellValue(label("neworg.kind.", n.kind(), locale));
                row.createCell(c++).setCellValue(n.creditCode());
                row.createCell(c++).setCellValue(n.streetName());
                row.createCell(c++).setCellValue(text(n.communityName()));
                row.createCell(c++).setCellValue(label("neworg.location.", n.locationType(), locale));
                row.createCell(c++).setCellValue(n.employees());
                row.createCell(c++).setCellValue(n.membersEmployed());
                row.createCell(c++).setCellValue(n.fullMembersEmployed());
                row.createCell(c++).setCellValue(label("neworg.mode.", n.mode(), locale));
                row.createCell(c++).setCellValue(label("neworg.coverage.", n.coverage(), locale));
                row.createCell(c++).setCellValue(text(n.orgName()));
                row.createCell(c++).setCellValue(text(n.instructorName()));
                row.createCell(c++).setCellValue(n.instructorPhoneMasked());
                row.createCell(c++).setCellValue(String.valueOf(n.openedOn()));
                row.createCell(c++).setCellValue(n.closedOn() == null ? "" : n.closedOn().toString());
                row.createCell(c++).setCellValue(n.alert() ? yes : "");
                row.createCell(c).setCellValue(n.scattered() ? yes : "");
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            book.write(out);
            book.dispose();
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private String label(String prefix, Enum<?> value, Locale locale) {
        return value == null ? "" : messages.getMessage(prefix + value.name(), null, locale);
    }
}
