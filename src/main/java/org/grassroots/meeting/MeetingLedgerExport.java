package org.grassroots.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the meeting ledger as offices keep it: one row per meeting on the first sheet, one row per
 * person on each meeting's attendance list on the second. Headers and labels follow the user's language.
 */
@Component
class MeetingLedgerExport {

    private static final String[] MEETING_HEADERS = {"meeting.heldOn", "meeting.time", "meeting.type", "meeting.topic",
        "meeting.place", "meeting.chair", "meeting.recorder", "meeting.ledger.entitled", "meeting.ledger.present",
        "meeting.ledger.absent", "meeting.ledger.excused", "meeting.validity", "meeting.resolutions"};

    private static final String[] ATTENDANCE_HEADERS = {"meeting.heldOn", "meeting.type", "meeting.topic",
        "meeting.attendance.name", "meeting.attendance.vote", "meeting.attendance.mark", "meeting.attendance.reason"};

    private final MessageSource messages;

    MeetingLedgerExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(MeetingViews.Ledger ledger, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet meetingsSheet = book.createSheet(msg("meeting.ledger.sheet.meetings", locale));
            header(meetingsSheet, MEETING_HEADERS, bold, locale);
            Sheet attendanceSheet = book.createSheet(msg("meeting.ledger.sheet.attendance", locale));
            header(attendanceSheet, ATTENDANCE_HEADERS, bold, locale);
            int r = 1;
            int a = 1;
            for (MeetingViews.RecordView record : ledger.records()) {
                Meeting m = record.meeting();
                String type = msg("meeting.type." + m.getType().name(), locale);
                Row row = meetingsSheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(m.getHeldOn().toString());
                row.createCell(c++).setCellValue(time(m.getStartTime(), m.getEndTime()));
                row.createCell(c++).setCellValue(type);
                row.createCell(c++).setCellValue(m.getTopic());
                row.createCell(c++).setCellValue(text(m.getPlace()));
                row.createCell(c++).setCellValue(text(record.chair()));
                row.createCell(c++).setCellValue(text(record.recorder()));
                row.createCell(c++).setCellValue(record.people().size());
                row.createCell(c++).setCellValue(record.present());
                row.createCell(c++).setCellValue(record.absent());
                row.createCell(c++).setCellValue(record.excused());
                row.createCell(c++).setCellValue(validity(record.validity(), locale));
                row.createCell(c).setCellValue(resolutions(record, locale));
                for (MeetingViews.Person p : record.people()) {
                    Row line = attendanceSheet.createRow(a++);
                    int d = 0;
                    line.createCell(d++).setCellValue(m.getHeldOn().toString());
                    line.createCell(d++).setCellValue(type);
                    line.createCell(d++).setCellValue(m.getTopic());
                    line.createCell(d++).setCellValue(p.name());
                    line.createCell(d++).setCellValue(msg(p.voting() ? "meeting.voting" : "meeting.nonVoting", locale));
                    line.createCell(d++).setCellValue(msg("meeting.attendance." + p.status().name(), locale));
                    line.createCell(d).setCellValue(text(p.reason()));
                }
            }
            widths(meetingsSheet, MEETING_HEADERS.length);
            widths(attendanceSheet, ATTENDANCE_HEADERS.length);
            book.write(out);
            book.dispose();
        }
    }

    private void header(Sheet sheet, String[] keys, CellStyle bold, Locale locale) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(msg(keys[i], locale));
            cell.setCellStyle(bold);
        }
    }

    private static void widths(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, 16 * 256);
        }
    }

    private String validity(MeetingValidity v, Locale locale) {
        if (!v.applies()) {
            return "";
        }
        return msg(v.quorate() ? "meeting.validity.badge.ok" : "meeting.validity.badge.failed", locale);
    }

    private String resolutions(MeetingViews.RecordView record, Locale locale) {
        boolean election = record.validity().election();
        return record.resolutions().stream().map(r -> messages.getMessage("meeting.ledger.resolution",
                new Object[] {String.valueOf(r.position()), r.text(), String.valueOf(r.votesFor()),
                    String.valueOf(r.votesAgainst()), String.valueOf(r.votesAbstain()),
                    msg(result(r.passed(), election, record.validity().applies()), locale)}, locale))
                .collect(Collectors.joining("\n"));
    }

    private static String result(boolean passed, boolean election, boolean judged) {
        if (!judged) {
            return "meeting.resolution.notJudged";
        }
        if (election) {
            return passed ? "meeting.resolution.elected" : "meeting.resolution.notElected";
        }
        return passed ? "meeting.resolution.passed" : "meeting.resolution.notPassed";
    }

    private static String time(LocalTime start, LocalTime end) {
        if (start == null && end == null) {
            return "";
        }
        return (start == null ? "" : start.toString()) + "–" + (end == null ? "" : end.toString());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
