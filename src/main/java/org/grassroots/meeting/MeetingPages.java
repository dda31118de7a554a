package org.grassroots.meeting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the meeting pages inside one read transaction, so that the attendance and resolutions of
 * every meeting shown are loaded while the session is open.
 */
@Service
@Transactional(readOnly = true)
class MeetingPages {

    /** Empty resolution lines offered under the typed ones. */
    static final int BLANK_RESOLUTIONS = 3;

    private final MeetingService meetings;
    private final OrgService orgs;
    private final RequirementPolicy policy;
    private final OrgCompliance compliance;
    private final Clock clock;

    MeetingPages(MeetingService meetings, OrgService orgs, RequirementPolicy policy, OrgCompliance compliance,
            Clock clock) {
        this.meetings = meetings;
        this.orgs = orgs;
        this.policy = policy;
        this.compliance = compliance;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- list and calendar

    MeetingViews.ListPage list(long orgId, YearMonth month, Scope scope, Locale locale) {
        PartyOrg org = orgs.require(orgId, scope);
        LocalDate today = today();
        YearMonth shown = month == null ? YearMonth.from(today) : month;
        List<MeetingViews.Line> lines = meetings.heldBetween(org, LocalDate.of(shown.getYear(), 1, 1),
                LocalDate.of(shown.getYear(), 12, 31)).stream().map(this::line).toList();
        Map<LocalDate, List<MeetingViews.Line>> byDay = lines.stream()
                .collect(Collectors.groupingBy(MeetingViews.Line::heldOn));
        List<List<MeetingViews.Day>> weeks = new ArrayList<>();
        LocalDate day = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (!day.isAfter(last)) {
            List<MeetingViews.Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                boolean inMonth = YearMonth.from(day).equals(shown);
                List<MeetingViews.Line> held = inMonth ? oldestFirst(byDay.getOrDefault(day, List.of())) : List.of();
                week.add(new MeetingViews.Day(day, inMonth, day.equals(today), held));
            }
            weeks.add(week);
        }
        List<String> weekdays = Arrays.stream(DayOfWeek.values())
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList();
        var owed = policy.owedBy(org.getType(), org.isHasCommittee(), today);
        return new MeetingViews.ListPage(org, shown.getYear(), shown, shown.minusMonths(1).toString(),
                shown.plusMonths(1).toString(), weekdays, weeks, lines, compliance.statusOf(org.getId(), owed, today));
    }

    private static <T> List<T> oldestFirst(List<T> newestFirst) {
        List<T> copy = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private MeetingViews.Line line(Meeting m) {
        MeetingValidity v = meetings.validityOf(m);
        int present = (int) m.getAttendance().stream().filter(a -> a.getStatus() == AttendanceStatus.PRESENT).count();
        return new MeetingViews.Line(m.getId(), m.getHeldOn(), m.getType(), m.getTopic(), present,
                m.getAttendance().size(), v.applies(), v.quorate());
    }

    // ---------------------------------------------------------------- the record

    MeetingViews.RecordView record(long id, Scope scope) {
        Meeting m = meetings.require(id, scope);
        return recordOf(m, namesFor(List.of(m)));
    }

    /** The names of everyone the meetings refer to, in one query. */
    Map<Long, String> namesFor(List<Meeting> list) {
        List<Long> ids = list.stream().flatMap(m -> Stream.concat(
                        Stream.of(m.getChairMemberId(), m.getRecorderMemberId(), m.getLecturerMemberId()),
                        m.getAttendance().stream().map(Attendance::getMemberId)))
                .filter(Objects::nonNull).distinct().toList();
        return meetings.namesOf(ids);
    }

    MeetingViews.RecordView recordOf(Meeting m, Map<Long, String> names) {
        List<MeetingViews.Person> people = m.getAttendance().stream()
                .map(a -> new MeetingViews.Person(a.getMemberId(), names.getOrDefault(a.getMemberId(), ""),
                        a.isVoting(), a.getStatus(), a.getReason()))
                .sorted((a, b) -> a.name().compareTo(b.name())).toList();
        Map<AttendanceStatus, List<MeetingViews.Person>> byStatus = new LinkedHashMap<>();
        for (AttendanceStatus s : AttendanceStatus.values()) {
            byStatus.put(s, people.stream().filter(p -> p.status() == s).toList());
        }
        List<MeetingViews.Group> groups = byStatus.entrySet().stream()
                .map(e -> new MeetingViews.Group(e.getKey(), e.getValue())).toList();
        MeetingValidity validity = meetings.validityOf(m);
        Map<Integer, MeetingValidity.ResolutionResult> results = validity.resolutions().stream()
                .collect(Collectors.toMap(MeetingValidity.ResolutionResult::position, r -> r));
        List<MeetingViews.ResolutionLine> resolutions = m.getResolutions().stream().map(r -> {
            MeetingValidity.ResolutionResult result = results.get(r.getPosition());
            return new MeetingViews.ResolutionLine(r.getPosition(), r.getText(), r.getVotesFor(), r.getVotesAgainst(),
                    r.getVotesAbstain(), result != null && result.passed(), result != null && result.tooManyVotes());
        }).toList();
        return new MeetingViews.RecordView(m, m.getOrg(), name(names, m.getChairMemberId()),
                name(names, m.getRecorderMemberId()), name(names, m.getLecturerMemberId()), people, groups,
                byStatus.get(AttendanceStatus.PRESENT).size(), byStatus.get(AttendanceStatus.ABSENT).size(),
                byStatus.get(AttendanceStatus.EXCUSED).size(), validity, resolutions);
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? null : names.get(id);
    }

    // ---------------------------------------------------------------- the form

    /**
     * A new meeting's form: the type defaults to the organization's first, the day to today, and the
     * attendance list is that of the type and day (everyone present, or as already marked). With
     * relist false the form is shown exactly as posted, for a re-display after an error.
     */
    MeetingViews.FormPage newForm(long orgId, MeetingForm form, boolean relist, Scope scope) {
        PartyOrg org = orgs.require(orgId, scope);
        List<MeetingType> types = meetings.typesFor(org);
        if (relist) {
            boolean fresh = form.getAttendance().isEmpty();
            if (form.getType() == null || !types.contains(form.getType())) {
                form.setType(types.get(0));
            }
            if (form.getHeldOn() == null) {
                form.setHeldOn(today());
            }
            form.relistAttendees(meetings.attendeesOf(org, form.getType(), form.getHeldOn()));
            if (fresh && form.getChairMemberId() == null && org.getSecretaryId() != null && form.getAttendance()
                    .stream().anyMatch(r -> org.getSecretaryId().equals(r.getMemberId()))) {
                form.setChairMemberId(org.getSecretaryId());
            }
        }
        return formPage(org, null, form, types, Map.of());
    }

    /** The form of a recorded meeting, as stored when form is null, else as typed (and relisted if asked). */
    MeetingViews.FormPage editForm(long id, MeetingForm form, boolean relist, Scope scope) {
        Meeting m = meetings.require(id, scope);
        PartyOrg org = m.getOrg();
        MeetingForm shown = form;
        if (shown == null) {
            shown = MeetingForm.of(m, meetings.attendeesOf(org, m.getType(), m.getHeldOn()));
        } else if (relist && shown.getType() != null && shown.getHeldOn() != null) {
            shown.relistAttendees(meetings.attendeesOf(org, shown.getType(), shown.getHeldOn()));
        }
        Map<Long, String> stored = meetings.namesOf(Stream.of(m.getChairMemberId(), m.getRecorderMemberId(),
                m.getLecturerMemberId()).filter(Objects::nonNull).toList());
        return formPage(org, m.getId(), shown, meetings.typesFor(org), stored);
    }

    private MeetingViews.FormPage formPage(PartyOrg org, Long meetingId, MeetingForm form, List<MeetingType> types,
            Map<Long, String> known) {
        form.padResolutions(BLANK_RESOLUTIONS);
        Map<Long, String> people = new LinkedHashMap<>();
        form.getAttendance().stream().filter(r -> r.getMemberId() != null)
                .forEach(r -> people.putIfAbsent(r.getMemberId(), r.getName()));
        Stream.of(form.getChairMemberId(), form.getRecorderMemberId()).filter(Objects::nonNull)
                .filter(known::containsKey).forEach(id -> people.putIfAbsent(id, known.get(id)));
        Map<Long, String> lecturers = new LinkedHashMap<>();
        meetings.attendeesOf(org, MeetingType.PARTY_LESSON, form.getHeldOn() == null ? today() : form.getHeldOn())
                .forEach(a -> lecturers.put(a.memberId(), a.name()));
        if (form.getLecturerMemberId() != null && known.containsKey(form.getLecturerMemberId())) {
            lecturers.putIfAbsent(form.getLecturerMemberId(), known.get(form.getLecturerMemberId()));
        }
        String attendanceTypes = types.stream().filter(MeetingType::hasAttendance).map(Enum::name)
                .collect(Collectors.joining(" "));
        return new MeetingViews.FormPage(org, meetingId, form, types, options(people), options(lecturers),
                attendanceTypes, today());
    }

    private static List<MeetingViews.Option> options(Map<Long, String> byId) {
        return byId.entrySet().stream().map(e -> new MeetingViews.Option(e.getKey(), e.getValue())).toList();
    }
}
