package org.grassroots.meeting;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.audit.AuditService;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingRepository meetings;
    private final Attendees attendees;
    private final OrgService orgs;
    private final ComplianceService compliance;
    private final AuditService audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, Attendees attendees, OrgService orgs, ComplianceService compliance,
            AuditService audit, JdbcTemplate jdbc, Clock clock) {
        this.meetings = meetings;
        this.attendees = attendees;
        this.orgs = orgs;
        this.compliance = compliance;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The meeting when its organization is inside the scope; otherwise the same 404 as a missing id. */
    public Meeting require(long id, Scope scope) {
        return meetings.findInScope(id, scope.regionPrefix(), scope.orgPrefix())
                .orElseThrow(() -> new NotFoundException("meeting", id));
    }

    public List<Meeting> heldBetween(PartyOrg org, LocalDate from, LocalDate to) {
        return meetings.findHeld(org.getId(), from, to);
    }

    /** Who should be on the attendance list of a meeting of this type held on that day. */
    public List<Attendees.Attendee> attendeesOf(PartyOrg org, MeetingType type, LocalDate day) {
        return attendees.of(org, type, day);
    }

    /** Meeting types an organization may record: group meetings in groups, the others in the rest. */
    public List<MeetingType> typesFor(PartyOrg org) {
        return java.util.Arrays.stream(MeetingType.values())
                .filter(t -> (t == MeetingType.PARTY_GROUP_MEETING) == (org.getType() == OrgType.PARTY_GROUP))
                .toList();
    }

    /** Names of the people a meeting refers to (chair, recorder, lecturer, attendees), by id. */
    public Map<Long, String> namesOf(List<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        String in = memberIds.stream().map(id -> "?").collect(Collectors.joining(","));
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.query("select id, name from party_member where id in (" + in + ")",
                rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                }, memberIds.toArray());
        return names;
    }

    public MeetingValidity validityOf(Meeting m) {
        return MeetingValidity.of(m.getType(), m.isElection(), m.getAttendance(), m.getResolutions());
    }

    @Transactional
    public Meeting record(long orgId, MeetingForm form, Scope scope) {
        PartyOrg org = orgs.require(orgId, scope);
        Map<Long, Attendees.Attendee> listed = check(org, form, null);
        Meeting m = Meeting.record(org, form.getType(), form.getHeldOn(), form.getTopic(), AuditService.currentUser());
        apply(m, form, listed);
        Meeting saved = meetings.saveAndFlush(m);
        compliance.meetingsChanged(org.getId(), saved.getHeldOn());
        startTermIfElected(org, form, scope);
        audit.record("CREATE", "meeting", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    public Meeting update(long id, MeetingForm form, Scope scope) {
        Meeting m = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != m.getVersion()) {
            throw new StaleEditException(MeetingForm.of(m, attendees.of(m.getOrg(), m.getType(), m.getHeldOn())),
                    m.getVersion());
        }
        PartyOrg org = m.getOrg();
        Map<Long, Attendees.Attendee> listed = check(org, form, m.getId());
        String before = summary(m);
        LocalDate previousDay = m.getHeldOn();
        apply(m, form, listed);
        Meeting saved = meetings.saveAndFlush(m);
        compliance.meetingsChanged(org.getId(), previousDay, saved.getHeldOn());
        startTermIfElected(org, form, scope);
        audit.record("UPDATE", "meeting", saved.getId(), before + " -> " + summary(saved));
        return saved;
    }

    /** Removes a record from the ledger and the counts; the row is kept, marked deleted. */
    @Transactional
    public PartyOrg delete(long id, Scope scope) {
        Meeting m = require(id, scope);
        m.markDeleted(clock.instant());
        meetings.saveAndFlush(m);
        compliance.meetingsChanged(m.getOrg().getId(), m.getHeldOn());
        audit.record("DELETE", "meeting", m.getId(), summary(m));
        return m.getOrg();
    }

    /** Checks the form and returns the attendance list of its type and day, by member id. */
    private Map<Long, Attendees.Attendee> check(PartyOrg org, MeetingForm form, Long selfId) {
        List<InvalidInputException.Violation> v = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (form.getHeldOn().isAfter(today)) {
            v.add(new InvalidInputException.Violation("heldOn", "meeting.heldOn.future"));
        }
        if (!typesFor(org).contains(form.getType())) {
            v.add(new InvalidInputException.Violation("type", "meeting.type.notForOrg"));
        }
        if (form.getStartTime() != null && form.getEndTime() != null && form.getEndTime().isBefore(form.getStartTime())) {
            v.add(new InvalidInputException.Violation("endTime", "meeting.endTime.beforeStart"));
        }
        List<Attendees.Attendee> listed = attendees.of(org, form.getType(), form.getHeldOn());
        Map<Long, Attendees.Attendee> byId = listed.stream()
                .collect(Collectors.toMap(Attendees.Attendee::memberId, Function.identity()));
        if (form.getType().hasAttendance()) {
            for (int i = 0; i < form.getAttendance().size(); i++) {
                Long memberId = form.getAttendance().get(i).getMemberId();
                if (memberId == null || !byId.containsKey(memberId)) {
                    v.add(new InvalidInputException.Violation("attendance[" + i + "].status",
                            "meeting.attendance.notMember"));
                }
            }
        }
        checkPerson(v, "chairMemberId", form.getChairMemberId(), org);
        checkPerson(v, "recorderMemberId", form.getRecorderMemberId(), org);
        if (form.getType().needsLecturer()) {
            if (form.getLecturerMemberId() == null) {
                v.add(new InvalidInputException.Violation("lecturerMemberId", "meeting.lecturer.required"));
            } else if (!personExists(form.getLecturerMemberId())) {
                v.add(new InvalidInputException.Violation("lecturerMemberId", "meeting.lecturer.unknown"));
            }
            if (form.getLectureTitle() == null || form.getLectureTitle().isBlank()) {
                v.add(new InvalidInputException.Violation("lectureTitle", "meeting.lectureTitle.required"));
            }
        }
        if (form.isElection() && form.getType() != MeetingType.MEMBERS_ASSEMBLY) {
            v.add(new InvalidInputException.Violation("election", "meeting.election.assemblyOnly"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        if (!form.isConfirmDuplicate() && meetings.existsSame(org.getId(), form.getType(), form.getHeldOn(), selfId)) {
            throw BusinessRuleException.onField("heldOn", "meeting.duplicate");
        }
        return byId;
    }

    private void checkPerson(List<InvalidInputException.Violation> v, String field, Long memberId, PartyOrg org) {
        if (memberId == null) {
            return;
        }
        Integer n = jdbc.queryForObject("""
                select count(*) from party_member where id = ? and (party_org_id = ? or party_org_id = ?)""",
                Integer.class, memberId, org.getId(), org.getParent() == null ? -1L : org.getParent().getId());
        if (n == null || n == 0) {
            v.add(new InvalidInputException.Violation(field, "meeting.person.notInOrg"));
        }
    }

    private boolean personExists(long memberId) {
        Integer n = jdbc.queryForObject("select count(*) from party_member where id = ? and status in ('PROBATIONARY',"
                + " 'FULL')", Integer.class, memberId);
        return n != null && n > 0;
    }

    private void apply(Meeting m, MeetingForm form, Map<Long, Attendees.Attendee> listed) {
        m.describe(form.getType(), form.getHeldOn(), form.getStartTime(), form.getEndTime(), blankToNull(form.getPlace()),
                form.getChairMemberId(), form.getRecorderMemberId(), form.getTopic().trim(), blankToNull(form.getAgenda()),
                blankToNull(form.getMinutes()), blankToNull(form.getGuests()), form.isElection());
        m.lecture(form.getType().needsLecturer() ? form.getLecturerMemberId() : null,
                form.getType().needsLecturer() ? blankToNull(form.getLectureTitle()) : null);
        if (form.getType().hasAttendance()) {
            List<Attendance> rows = form.getAttendance().stream()
                    .filter(r -> r.getMemberId() != null && listed.containsKey(r.getMemberId()))
                    .map(r -> new Attendance(r.getMemberId(), r.getStatus() == null ? AttendanceStatus.ABSENT
                            : r.getStatus(), listed.get(r.getMemberId()).voting(), blankToNull(r.getReason())))
                    .toList();
            m.replaceAttendance(rows);
        } else {
            m.replaceAttendance(List.of());
        }
        List<String> texts = new ArrayList<>();
        List<int[]> votes = new ArrayList<>();
        for (MeetingForm.ResolutionRow r : form.getResolutions()) {
            if (r.getText() != null && !r.getText().isBlank()) {
                texts.add(r.getText().trim());
                votes.add(new int[] {r.getVotesFor(), r.getVotesAgainst(), r.getVotesAbstain()});
            }
        }
        m.replaceResolutions(texts, votes);
    }

    private void startTermIfElected(PartyOrg org, MeetingForm form, Scope scope) {
        if (form.isElection() && form.isStartNewTerm()) {
            orgs.startTerm(org.getId(), form.getHeldOn(), scope);
        }
    }

    private static String summary(Meeting m) {
        return "org=" + m.getOrg().getId() + ", type=" + m.getType() + ", heldOn=" + m.getHeldOn() + ", topic="
                + m.getTopic() + ", attendance=" + m.getAttendance().size() + ", present="
                + m.getAttendance().stream().filter(a -> a.getStatus() == AttendanceStatus.PRESENT).count()
                + ", resolutions=" + m.getResolutions().size() + (m.isDeleted() ? ", deleted" : "");
    }

    static boolean same(Long a, Long b) {
        return Objects.equals(a, b);
    }
}
