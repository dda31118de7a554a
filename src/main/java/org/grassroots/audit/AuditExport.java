package org.grassroots.audit;

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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes audit rows to a workbook, the same columns as the page. */
@Component
class AuditExport {

    private static final String[] HEADERS = {"audit.when", "audit.user", "audit.action", "audit.entity",
        "audit.entityId", "audit.summary"};

    private final MessageSource messages;

    AuditExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<AuditEvent> rows, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(messages.getMessage("audit.sheet", null, locale));
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
            int r = 1;
            for (AuditEvent e : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.getOccurredAtText());
                row.createCell(1).setCellValue(e.getUsername());
                row.createCell(2).setCellValue(e.getAction());
                row.createCell(3).setCellValue(e.getEntityType());
                if (e.getEntityId() != null) {
                    row.createCell(4).setCellValue(e.getEntityId());
                }
                row.createCell(5).setCellValue(e.getSummary() == null ? "" : e.getSummary());
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, (i == 5 ? 60 : 18) * 256);
            }
            book.write(out);
            book.dispose();
        }
    }
}
