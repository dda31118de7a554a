package org.grassroots.member;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Writes a member search to an Excel workbook, as offices keep their rosters. ID numbers and phones
 * stay masked: an export leaves the system, so it carries no more than a list on screen.
 */
@Component
class MemberExport {

    private static final String[] HEADERS = {"member.name", "member.gender", "member.birthDate", "member.ethnicity",
        "member.status", "member.org", "member.idNumber", "member.phone", "member.education", "member.occupation",
        "member.workUnit", "member.admittedOn", "member.fullMemberOn"};

    private final MessageSource messages;

    MemberExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(Iterable<Page<PartyMember>> pages, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(messages.getMessage("member.export.sheet", null, locale));
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
            for (Page<PartyMember> page : pages) {
                for (PartyMember m : page.getContent()) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    row.createCell(c++).setCellValue(m.getName());
                    row.createCell(c++).setCellValue(label("member.gender.", m.getGender(), locale));
                    row.createCell(c++).setCellValue(String.valueOf(m.getBirthDate()));
                    row.createCell(c++).setCellValue(m.getEthnicity());
                    row.createCell(c++).setCellValue(label("member.status.", m.getStatus(), locale));
                    row.createCell(c++).setCellValue(m.getOrg().getName());
                    row.createCell(c++).setCellValue(m.getIdNumberMasked());
                    row.createCell(c++).setCellValue(m.getPhoneMasked());
                    row.createCell(c++).setCellValue(label("member.education.", m.getEducation(), locale));
                    row.createCell(c++).setCellValue(label("member.occupation.", m.getOccupation(), locale));
                    row.createCell(c++).setCellValue(m.getWorkUnit() == null ? "" : m.getWorkUnit());
                    row.createCell(c++).setCellValue(m.getAdmittedOn() == null ? "" : m.getAdmittedOn().toString());
                    row.createCell(c).setCellValue(m.getFullMemberOn() == null ? "" : m.getFullMemberOn().toString());
                }
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            book.write(out);
            book.dispose();
        }
    }

    private String label(String prefix, Enum<?> value, Locale locale) {
        return value == null ? "" : messages.getMessage(prefix + value.name(), null, locale);
    }
}
