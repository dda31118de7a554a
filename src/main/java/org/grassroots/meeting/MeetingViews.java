package org.grassroots.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.grassroots.org.PartyOrg;

/** The read models behind the meeting pages, the printed record and the ledger. */
final class MeetingViews {

    private MeetingViews() {
    }

    /** A meeting as a line of the year's list and of the calendar; judged: the type decides by vote. */
    record Line(long id, LocalDate heldOn, MeetingType type, String topic, int present, int listed, boolean judged,
            boolean quorate) {
    }

    /** A calendar cell; days of the neighbouring months are shown empty. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<Line> meetings) {
    }

    /** The organization's meetings of a year, the calendar of one month and the status of the open periods. */
    record ListPage(PartyOrg org, int year, YearMonth month, String previousMonth, String nextMonth,
            List<String> weekdays, List<List<Day>> weeks, List<Line> lines, List<OrgCompliance.Status> status) {
    }

    /** One person on a recorded attendance list. */
    record Person(long memberId, String name, boolean voting, AttendanceStatus status, String reason) {
    }

    record Group(AttendanceStatus status, List<Person> people) {
    }

    record ResolutionLine(int position, String text, int votesFor, int votesAgainst, int votesAbstain, boolean passed,
            boolean tooManyVotes) {
    }

    /**
     * A meeting as it is read and printed: names instead of ids, attendance grouped by status, each
     * resolution with its result, and the validity of the meeting (domain-rules.md §1, §2).
     */
    record RecordView(Meeting meeting, PartyOrg org, String chair, String recorder, String lecturer, List<Person> people,
            List<Group> groups, int present, int absent, int excused, MeetingValidity validity,
            List<ResolutionLine> resolutions) {
    }

    /** A choice in a person select. */
    record Option(long id, String name) {
    }

    /** What the meeting form needs besides the form itself. */
    record FormPage(PartyOrg org, Long meetingId, MeetingForm form, List<MeetingType> types, List<Option> people,
            List<Option> lecturers, String attendanceTypes, LocalDate today) {
    }

    /** An organization's meetings of a year, oldest first, as the ledger lists them. */
    record Ledger(PartyOrg org, int year, List<RecordView> records) {
    }
}
