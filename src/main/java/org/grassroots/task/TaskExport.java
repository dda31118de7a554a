package org.grassroots.task;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.task.TaskViews.RecipientLine;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the status of every recipient of one task, as the issuing office keeps it; labels follow the user's language. */
@Component
class TaskExport {

    private static final String[] HEADERS = {"task.col.recipient", "task.col.status", "task.col.urgency",
        "task.col.acknowledgedAt", "task.col.completedAt", "task.col.evidence", "task.col.notes",
        "task.col.forwarded"};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    TaskExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(WorkTask task, List<RecipientLine> lines, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet(msg("task.export.sheet", locale));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(task.getTitle());
            title.createCell(1).setCellValue(msg("task.deadline", locale) + " " + task.getDeadline());
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(msg(HEADERS[i], locale));
                cell.setCellStyle(bold);
            }
            int r = 2;
            for (RecipientLine line : lines) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(line.name());
                row.createCell(c++).setCellValue(msg("task.status." + line.status().name(), locale));
                row.createCell(c++).setCellValue(msg("task.urgency." + line.urgency().name(), locale));
                row.createCell(c++).setCellValue(time(line.acknowledgedAt()));
                row.createCell(c++).setCellValue(time(line.completedAt()));
                row.createCell(c++).setCellValue(evidence(line, locale));
                row.createCell(c++).setCellValue(line.notes());
                row.createCell(c).setCellValue(line.forwarded());
                sheet.setColumnWidth(0, 24 * 256);
            }
            for (int i = 1; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            book.write(out);
            book.dispose();
        }
    }

    private String evidence(RecipientLine line, Locale locale) {
        if (line.evidenceText() != null) {
            return line.evidenceText();
        }
        if (line.evidenceNumber() != null) {
            return line.evidenceNumber().stripTrailingZeros().toPlainString();
        }
        if (line.evidenceMeetingId() != null) {
            return messages.getMessage("task.evidence.meetingRef", new Object[] {line.evidenceMeetingId()}, locale);
        }
        return "";
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
