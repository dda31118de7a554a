package org.grassroots.access;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.access.AccessViews.AccessRow;
import org.grassroots.shared.TitledSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a street's registry (or a community's approved items), as filtered, to an Excel workbook. */
@Component
class AccessExport {

    private static final String[] HEADERS = {"access.col.title", "access.col.department", "access.col.kind",
        "access.col.status", "access.col.requestedFrom", "access.col.requestedTo", "access.col.burdenHours",
        "access.col.targets", "access.col.registeredAt", "access.col.decidedAt"};

    private final MessageSource messages;

    AccessExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(String regionName, List<AccessRow> rows, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = TitledSheet.create(book, messages.getMessage("access.export.sheet", null, locale), regionName,
                    Arrays.stream(HEADERS).map(h -> messages.getMessage(h, null, locale)).toList());
            String all = messages.getMessage("access.targets.all", null, locale);
            String separator = messages.getMessage("access.list.separator", null, locale);
            int r = TitledSheet.FIRST_DATA_ROW;
            for (AccessRow row : rows) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(row.title());
                line.createCell(c++).setCellValue(row.department());
                line.createCell(c++).setCellValue(messages.getMessage("access.kind." + row.kind().name(), null, locale));
                line.createCell(c++).setCellValue(messages.getMessage("access.status." + row.status().name(), null,
                        locale));
                line.createCell(c++).setCellValue(text(row.requestedFrom()));
                line.createCell(c++).setCellValue(text(row.requestedTo()));
                if (row.burdenHours() != null) {
                    line.createCell(c).setCellValue(row.burdenHours());
                }
                c++;
                line.createCell(c++).setCellValue((row.allCommunities() ? all + ": " : "")
                        + String.join(separator, row.targets()));
                line.createCell(c++).setCellValue(row.registeredAt() == null ? "" : text(row.registeredAt()
                        .toLocalDate()));
                line.createCell(c).setCellValue(row.decidedAt() == null ? "" : text(row.decidedAt().toLocalDate()));
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, (i == 0 || i == 7 ? 30 : 14) * 256);
            }
            book.write(out);
            book.dispose();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
