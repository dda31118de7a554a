package org.grassroots.workforce;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.workforce.WorkforceViews.WorkerRow;
import org.grassroots.shared.TitledSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a community's roster, serving and former posts, to an Excel workbook as offices keep it. */
@Component
class WorkforceExport {

    private static final String[] HEADERS = {"workforce.name", "workforce.role", "workforce.fullTime",
        "workforce.birthYear", "workforce.age", "workforce.education", "workforce.certificate", "workforce.startOn",
        "workforce.endOn", "workforce.dispatchingUnit", "workforce.termEndOn", "workforce.note"};

    private final MessageSource messages;

    WorkforceExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(String communityName, List<WorkerRow> rows, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = TitledSheet.create(book, messages.getMessage("workforce.export.sheet", null, locale), communityName,
                    Arrays.stream(HEADERS).map(h -> messages.getMessage(h, null, locale)).toList());
            int r = TitledSheet.FIRST_DATA_ROW;
            for (WorkerRow row : rows) {
                CommunityWorker w = row.worker();
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(w.getName());
                line.createCell(c++).setCellValue(label("workforce.role.", w.getRole(), locale));
                line.createCell(c++).setCellValue(messages.getMessage(w.isFullTime() ? "workforce.fullTime.true"
                        : "workforce.fullTime.false", null, locale));
                line.createCell(c++).setCellValue(w.getBirthYear());
                line.createCell(c++).setCellValue(row.age());
                line.createCell(c++).setCellValue(label("member.education.", w.getEducation(), locale));
                line.createCell(c++).setCellValue(label("workforce.certificate.", w.getCertificate(), locale));
                line.createCell(c++).setCellValue(text(w.getStartOn()));
                line.createCell(c++).setCellValue(text(w.getEndOn()));
                line.createCell(c++).setCellValue(text(w.getDispatchingUnit()));
                line.createCell(c++).setCellValue(text(w.getTermEndOn()));
                line.createCell(c).setCellValue(text(w.getNote()));
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }
            book.write(out);
            book.dispose();
        }
    }

    private String label(String prefix, Enum<?> value, Locale locale) {
        return value == null ? "" : messages.getMessage(prefix + value.name(), null, locale);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
