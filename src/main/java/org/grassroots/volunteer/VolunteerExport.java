package org.grassroots.volunteer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.shared.TitledSheet;
import org.grassroots.volunteer.VolunteerViews.ListRows;
import org.grassroots.volunteer.VolunteerViews.VolunteerRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the volunteer list to Excel as the page finds it (every row for the text and filter), under a
 * title naming the region and the filter. Phones go out masked, as on the page.
 */
@Component
class VolunteerExport {

    private static final String[] HEADERS = {"volunteer.name", "volunteer.community", "lists.col.kind",
        "volunteer.phone", "volunteer.skills", "volunteer.registeredOn", "volunteer.leftOn",
        "volunteer.hoursThisYear"};

    private final MessageSource messages;

    VolunteerExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(ListRows list, Locale locale, OutputStream out) throws IOException {
        String filter = msg("volunteer.filter." + list.filter().name(), locale);
        if (list.q() != null) {
            filter = msg("lists.filter.q", locale, list.q()) + msg("lists.filter.separator", locale) + filter;
        }
        String title = msg("volunteer.title", locale);
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = TitledSheet.create(book, title, msg("lists.title", locale, list.region().getName(), title,
                    filter), Arrays.stream(HEADERS).map(h -> msg(h, locale)).toList());
            int r = TitledSheet.FIRST_DATA_ROW;
            for (VolunteerRow v : list.rows()) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(v.name());
                line.createCell(c++).setCellValue(v.communityName());
                line.createCell(c++).setCellValue(msg(v.member() ? "volunteer.member" : "volunteer.resident",
                        locale));
                line.createCell(c++).setCellValue(text(v.phoneMasked()));
                line.createCell(c++).setCellValue(text(v.skills()));
                line.createCell(c++).setCellValue(text(v.registeredOn()));
                line.createCell(c++).setCellValue(text(v.leftOn()));
                line.createCell(c).setCellValue(v.hoursThisYear() == null ? 0 : v.hoursThisYear().doubleValue());
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, (i == 4 ? 30 : 14) * 256);
            }
            book.write(out);
            book.dispose();
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
