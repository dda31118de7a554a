package org.grassroots.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Web input for a meeting with its attendance and resolutions; a bean so every typed value re-displays. */
@Data
public class MeetingForm {

    @NotNull(message = "{meeting.type.required}")
    private MeetingType type;

    @NotNull(message = "{meeting.heldOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime startTime;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime endTime;

    @Size(max = 120, message = "{meeting.place.size}")
    private String place;

    private Long chairMemberId;

    private Long recorderMemberId;

    @NotBlank(message = "{meeting.topic.required}")
    @Size(max = 200, message = "{meeting.topic.size}")
    private String topic;

    private Long lecturerMemberId;

    @Size(max = 200, message = "{meeting.lectureTitle.size}")
    private String lectureTitle;

    @Size(max = 20000, message = "{meeting.text.size}")
    private String agenda;

    @Size(max = 50000, message = "{meeting.text.size}")
    private String minutes;

    @Size(max = 500, message = "{meeting.guests.size}")
    private String guests;

    private boolean election;

    /** For an election: start the organization's new term on the day held. */
    private boolean startNewTerm;

    /** The user saw the warning that the same meeting is already recorded and saves anyway. */
    private boolean confirmDuplicate;

    private Long version;

    @Valid
    private List<AttendanceRow> attendance = new ArrayList<>();

    @Valid
    private List<ResolutionRow> resolutions = new ArrayList<>();

    /** One line of the attendance list. */
    @Data
    public static class AttendanceRow {
        private Long memberId;
        private String name;
        private boolean voting;
        private AttendanceStatus status = AttendanceStatus.PRESENT;
        @Size(max = 200, message = "{meeting.attendance.reason.size}")
        private String reason;
    }

    /** One resolution with its votes; an empty text means the line is unused. */
    @Data
    public static class ResolutionRow {
        @Size(max = 500, message = "{meeting.resolution.text.size}")
        private String text;
        @Min(value = 0, message = "{meeting.resolution.votes.negative}")
        private int votesFor;
        @Min(value = 0, message = "{meeting.resolution.votes.negative}")
        private int votesAgainst;
        @Min(value = 0, message = "{meeting.resolution.votes.negative}")
        private int votesAbstain;

        boolean isEmpty() {
            return (text == null || text.isBlank()) && votesFor == 0 && votesAgainst == 0 && votesAbstain == 0;
        }
    }

    static MeetingForm of(Meeting m, List<Attendees.Attendee> listed) {
        MeetingForm f = new MeetingForm();
        f.type = m.getType();
        f.heldOn = m.getHeldOn();
        f.startTime = m.getStartTime();
        f.endTime = m.getEndTime();
        f.place = m.getPlace();
        f.chairMemberId = m.getChairMemberId();
        f.recorderMemberId = m.getRecorderMemberId();
        f.topic = m.getTopic();
        f.lecturerMemberId = m.getLecturerMemberId();
        f.lectureTitle = m.getLectureTitle();
        f.agenda = m.getAgenda();
        f.minutes = m.getMinutes();
        f.guests = m.getGuests();
        f.election = m.isElection();
        f.version = m.getVersion();
        java.util.Map<Long, Attendance> recorded = new java.util.HashMap<>();
        m.getAttendance().forEach(a -> recorded.put(a.getMemberId(), a));
        for (Attendees.Attendee a : listed) {
            AttendanceRow row = new AttendanceRow();
            row.memberId = a.memberId();
            row.name = a.name();
            row.voting = a.voting();
            Attendance saved = recorded.get(a.memberId());
            row.status = saved == null ? AttendanceStatus.ABSENT : saved.getStatus();
            row.reason = saved == null ? null : saved.getReason();
            f.attendance.add(row);
        }
        for (Resolution r : m.getResolutions()) {
            ResolutionRow row = new ResolutionRow();
            row.text = r.getText();
            row.votesFor = r.getVotesFor();
            row.votesAgainst = r.getVotesAgainst();
            row.votesAbstain = r.getVotesAbstain();
            f.resolutions.add(row);
        }
        return f;
    }

    /**
     * The attendance list for another type or day: people still on it keep what was marked for them,
     * everyone else starts present. With nothing marked yet this is a fresh list.
     */
    void relistAttendees(List<Attendees.Attendee> listed) {
        java.util.Map<Long, AttendanceRow> marked = new java.util.HashMap<>();
        attendance.stream().filter(r -> r.memberId != null).forEach(r -> marked.putIfAbsent(r.memberId, r));
        attendance.clear();
        for (Attendees.Attendee a : listed) {
            AttendanceRow row = new AttendanceRow();
            row.memberId = a.memberId();
            row.name = a.name();
            row.voting = a.voting();
            AttendanceRow before = marked.get(a.memberId());
            if (before != null) {
                row.status = before.status == null ? AttendanceStatus.PRESENT : before.status;
                row.reason = before.reason;
            }
            attendance.add(row);
        }
    }

    /** Appends empty resolution lines until the last {@code blanks} lines are empty; typed lines keep their place. */
    void padResolutions(int blanks) {
        int trailing = 0;
        for (int i = resolutions.size() - 1; i >= 0 && resolutions.get(i).isEmpty(); i--) {
            trailing++;
        }
        for (; trailing < blanks; trailing++) {
            resolutions.add(new ResolutionRow());
        }
    }

    /** A fresh attendance list: everyone present, as most are. */
    void listAttendees(List<Attendees.Attendee> listed) {
        attendance.clear();
        for (Attendees.Attendee a : listed) {
            AttendanceRow row = new AttendanceRow();
            row.memberId = a.memberId();
            row.name = a.name();
            row.voting = a.voting();
            attendance.add(row);
        }
    }
}
