package org.grassroots.member;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.grassroots.org.PartyOrg;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The two workbooks of the import: the empty template (headings, text-formatted ID and phone columns,
 * and a sheet of instructions with every accepted value and the organizations of the user's scope),
 * and the report of a checked file's problems, one line per problem.
 */
@Component
class MemberImportWorkbooks {

    private final MessageSource messages;

    MemberImportWorkbooks(MessageSource messages) {
        this.messages = messages;
    }

    void template(List<PartyOrg> orgs, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle bold = bold(book);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = book.createSheet(msg("memberImport.template.sheet", locale));
            Row heading = sheet.createRow(0);
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                ImportColumn c = columns[i];
                Cell cell = heading.createCell(i);
                // headings stay Chinese whatever the page language: files are matched by them (English works too)
                cell.setCellValue(msgZh(c.labelKey()) + (c.required ? " *" : ""));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, (c == ImportColumn.ORG || c == ImportColumn.WORK_UNIT ? 28 : 16) * 256);
                boolean isDate = c.field.endsWith("On") || c == ImportColumn.BIRTH_DATE;
                sheet.setDefaultColumnStyle(i, isDate ? date : text);
            }
            sheet.createFreezePane(0, 1);

            Sheet help = book.createSheet(msg("memberImport.template.help", locale));
            int r = 0;
            r = line(help, r, bold, msg("memberImport.template.col.column", locale),
                    msg("memberImport.template.col.required", locale), msg("memberImport.template.col.how", locale));
            for (ImportColumn c : columns) {
                r = line(help, r, null, msgZh(c.labelKey()),
                        msg(c.required ? "memberImport.template.yes" : "memberImport.template.no", locale),
                        msg(c.hintKey(), locale));
            }
            r++;
            r = line(help, r, bold, msg("memberImport.template.values", locale));
            r = values(help, r, msgZh(ImportColumn.GENDER.labelKey()), "member.gender.", Gender.values(), locale);
            r = values(help, r, msgZh(ImportColumn.STATUS.labelKey()), "member.status.",
                    MemberStatus.CURRENT.toArray(MemberStatus[]::new), locale);
            r = values(help, r, msgZh(ImportColumn.EDUCATION.labelKey()), "member.education.", Education.values(),
                    locale);
            r = values(help, r, msgZh(ImportColumn.OCCUPATION.labelKey()), "member.occupation.", Occupation.values(),
                    locale);
            r = line(help, r, null, msgZh(ImportColumn.ETHNICITY.labelKey()), String.join("\u3001", Ethnicity.ALL));
            r++;
            r = line(help, r, bold, msg("memberImport.template.orgs", locale));
            r = line(help, r, bold, msg("memberImport.template.orgId", locale), msg("member.org", locale),
                    msg("memberImport.template.orgType", locale));
            for (PartyOrg o : orgs) {
                r = line(help, r, null, String.valueOf(o.getId()), o.getName(),
                        msg("org.type." + o.getType().name(), locale));
            }
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(1, 40 * 256);
            help.setColumnWidth(2, 80 * 256);
            book.write(out);
            book.dispose();
        }
    }

    private <E extends Enum<E>> int values(Sheet help, int r, String column, String prefix, E[] constants,
            Locale locale) {
        StringBuilder labels = new StringBuilder();
        for (E e : constants) {
            if (!labels.isEmpty()) {
                labels.append('\u3001');
            }
            // the Chinese label is what the file should say; English and the code are accepted as well
            labels.append(msgZh(prefix + e.name()));
        }
        return line(help, r, null, column, labels.toString());
    }

    void errors(MemberImportJob job, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle bold = bold(book);
            Sheet sheet = book.createSheet(msg("memberImport.report.sheet", locale));
            int r = line(sheet, 0, bold, msg("memberImport.report.row", locale), msg("member.name", locale),
                    msg("memberImport.report.column", locale), msg("memberImport.report.problem", locale));
            for (ImportRowValidator.Problem p : job.problems()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(p.row());
                String name = job.nameOf(p.row());
                row.createCell(1).setCellValue(name == null ? "" : name);
                row.createCell(2).setCellValue(msgZh(p.column().labelKey()));
                row.createCell(3).setCellValue(messages.getMessage(p.key(), p.args().toArray(), locale));
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            sheet.setColumnWidth(2, 20 * 256);
            sheet.setColumnWidth(3, 80 * 256);
            book.write(out);
            book.dispose();
        }
    }

    private static CellStyle bold(Workbook book) {
        CellStyle bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    private static int line(Sheet sheet, int r, CellStyle style, String... texts) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < texts.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(texts[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return r + 1;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String msgZh(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }
}
