package org.grassroots.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.assessment.AssessmentViews.RegionScores;
import org.grassroots.shared.TitledSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a tree's scores table: a row per assessed region, a column per top-level indicator, the total. */
@Component
class AssessmentExport {

    private final MessageSource messages;

    AssessmentExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(AssessmentTree tree, String ownerName, List<AssessmentIndicator> tops, List<RegionScores> rows,
            boolean rankings, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            List<String> headers = new ArrayList<>();
            if (rankings) {
                headers.add(msg("assessment.col.rank", locale));
            }
            headers.add(msg("assessment.col.region", locale));
            tops.forEach(t -> headers.add(t.getName() + " (" + WeightRule.text(t.getWeight()) + ")"));
            headers.add(msg("assessment.col.total", locale));
            Sheet sheet = TitledSheet.create(book, msg("assessment.export.sheet", locale),
                    ownerName + " " + tree.getYear() + " " + tree.getName(), headers);
            int r = TitledSheet.FIRST_DATA_ROW;
            for (RegionScores s : rows) {
                Row row = sheet.createRow(r++);
                int c = 0;
                if (rankings) {
                    row.createCell(c++).setCellValue(s.rank());
                }
                row.createCell(c++).setCellValue(s.name());
                for (AssessmentIndicator t : tops) {
                    row.createCell(c++).setCellValue(s.scoreOf(t.getId()).doubleValue());
                }
                row.createCell(c).setCellValue(s.total().doubleValue());
            }
            sheet.setColumnWidth(rankings ? 1 : 0, 24 * 256);
            book.write(out);
            book.dispose();
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
