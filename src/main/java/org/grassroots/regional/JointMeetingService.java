package org.grassroots.regional;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.audit.AuditService;
import org.grassroots.region.Region;
import org.grassroots.region.RegionService;
import org.grassroots.resident.ResidentUnit;
import org.grassroots.resident.ResidentUnitService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.InvalidInputException.Violation;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint meeting (联席会议) of a street or community: its member units, its meetings and their
 * follow-up items. Everything is in scope when the street or community is; an id outside the scope
 * answers the same 404 as a missing one.
 */
@Service
@Transactional(readOnly = true)
public class JointMeetingService {

    private final JointMemberRepository members;
    private final JointMeetingRepository meetings;
    private final FollowUpRepository followUps;
    private final ResidentUnitService units;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    JointMeetingService(JointMemberRepository members, JointMeetingRepository meetings, FollowUpRepository followUps,
            ResidentUnitService units, RegionService regions, AuditService audit, Clock clock) {
        this.members = members;
        this.meetings = meetings;
        this.followUps = followUps;
        this.units = units;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A street or community in scope, which may hold a joint meeting; any other region answers 404. */
    public Region requireSeat(long regionId, Scope scope) {
        return units.requireSeat(regionId, scope);
    }

    public JointMember requireMember(long id, Scope scope) {
        JointMember m = members.findById(id).orElseThrow(() -> new NotFoundException("joint_member", id));
        inScope(m.getRegionId(), scope, "joint_member", id);
        return m;
    }

    public JointMeeting requireMeeting(long id, Scope scope) {
        JointMeeting m = meetings.findById(id).orElseThrow(() -> new NotFoundException("joint_meeting", id));
        inScope(m.getRegionId(), scope, "joint_meeting", id);
        return m;
    }

    public FollowUp requireFollowUp(long id, Scope scope) {
        FollowUp f = followUps.findById(id).orElseThrow(() -> new NotFoundException("joint_follow_up", id));
        inScope(f.getRegionId(), scope, "joint_follow_up", id);
        return f;
    }

    public List<JointMember> membersOf(long regionId) {
        return members.findByRegion(regionId);
    }

    public List<JointMember> membershipsOf(long unitId) {
        return members.findByUnitIdOrderByJoinedOnDesc(unitId);
    }

    List<JointMeeting> meetingsById(List<Long> ids) {
        Map<Long, JointMeeting> byId = meetings.findAllById(ids).stream()
                .collect(Collectors.toMap(JointMeeting::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    List<FollowUp> followUpsById(List<Long> ids) {
        Map<Long, FollowUp> byId = followUps.findAllById(ids).stream()
                .collect(Collectors.toMap(FollowUp::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Meetings of the body for the follow-up form, latest first. */
    List<JointMeeting> meetingsOf(long regionId) {
        return meetings.findByRegionIdOrderByHeldOnDescIdDesc(regionId);
    }

    // ---------------------------------------------------------------- members

    @Transactional
    public JointMember addMember(long regionId, JointMemberForm form, Scope scope) {
        Region seat = requireSeat(regionId, scope);
        ResidentUnit unit = requireUnitWithin(seat, form.getUnitId(), scope);
        return saveMember(JointMember.of(seat, unit.getId()), form, "CREATE", null);
    }

    @Transactional
    public JointMember updateMember(long id, JointMemberForm form, Scope scope) {
        JointMember m = requireMember(id, scope);
        if (form.getVersion() == null || form.getVersion() != m.getVersion()) {
            throw new StaleEditException(JointMemberForm.of(m), m.getVersion());
        }
        form.setUnitId(m.getUnitId());
        return saveMember(m, form, "UPDATE", memberSummary(m));
    }

    private JointMember saveMember(JointMember m, JointMemberForm form, String action, String before) {
        if (form.getLeftOn() != null && form.getLeftOn().isBefore(form.getJoinedOn())) {
            throw BusinessRuleException.onField("leftOn", "regional.dateRange.endBeforeStart");
        }
        if (form.getLeftOn() == null
                && members.openMembershipExists(m.getRegionId(), m.getUnitId(), m.getId() == null ? -1 : m.getId())) {
            throw BusinessRuleException.onField("unitId", "regional.member.duplicate");
        }
        m.describe(form.getRepresentative().trim(), blankToNull(form.getRepresentativeTitle()),
                form.getLiaisonName().trim(), blankToNull(form.getLiaisonPhone()), form.getJoinedOn(),
                form.getLeftOn());
        JointMember saved = members.saveAndFlush(m);
        audit.record(action, "joint_member", saved.getId(),
                before == null ? memberSummary(saved) : before + " -> " + memberSummary(saved));
        return saved;
    }

    private ResidentUnit requireUnitWithin(Region seat, Long unitId, Scope scope) {
        ResidentUnit unit;
        try {
            unit = units.require(unitId, scope);
        } catch (NotFoundException e) {
            throw BusinessRuleException.onField("unitId", "regional.member.unit.notWithin");
        }
        Region unitSeat = regions.findById(unit.getRegionId()).orElseThrow();
        if (!unitSeat.getPath().startsWith(seat.getPath())) {
            throw BusinessRuleException.onField("unitId", "regional.member.unit.notWithin");
        }
        if (unit.isClosed()) {
            throw BusinessRuleException.onField("unitId", "regional.unit.closed");
        }
        return unit;
    }

    // ---------------------------------------------------------------- meetings

    @Transactional
    public JointMeeting recordMeeting(long regionId, JointMeetingForm form, Scope scope) {
        Region seat = requireSeat(regionId, scope);
        return saveMeeting(JointMeeting.of(seat), form, "CREATE", null);
    }

    @Transactional
    public JointMeeting updateMeeting(long id, JointMeetingForm form, Scope scope) {
        JointMeeting m = requireMeeting(id, scope);
        if (form.getVersion() == null || form.getVersion() != m.getVersion()) {
            throw new StaleEditException(JointMeetingForm.of(m), m.getVersion());
        }
        return saveMeeting(m, form, "UPDATE", meetingSummary(m));
    }

    /** Those present must be member units on the day of the meeting. */
    private JointMeeting saveMeeting(JointMeeting m, JointMeetingForm form, String action, String before) {
        Set<Long> present = new LinkedHashSet<>(form.getMemberIds() == null ? List.of() : form.getMemberIds());
        present.remove(null);
        Map<Long, JointMember> ofBody = membersOf(m.getRegionId()).stream()
                .collect(Collectors.toMap(JointMember::getId, Function.identity()));
        for (Long id : present) {
            JointMember member = ofBody.get(id);
            if (member == null || !member.memberOn(form.getHeldOn())) {
                throw BusinessRuleException.onField("memberIds", "regional.meeting.attendee.notMember");
            }
        }
        m.record(form.getHeldOn(), form.getTopics().trim(), blankToNull(form.getDecisions()), present);
        JointMeeting saved = meetings.saveAndFlush(m);
        audit.record(action, "joint_meeting", saved.getId(),
                before == null ? meetingSummary(saved) : before + " -> " + meetingSummary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- follow-ups

    @Transactional
    public FollowUp addFollowUp(long regionId, FollowUpForm form, Scope scope) {
        Region seat = requireSeat(regionId, scope);
        return saveFollowUp(FollowUp.of(seat.getId()), form, "CREATE", null);
    }

    @Transactional
    public FollowUp updateFollowUp(long id, FollowUpForm form, Scope scope) {
        FollowUp f = requireFollowUp(id, scope);
        if (form.getVersion() == null || form.getVersion() != f.getVersion()) {
            throw new StaleEditException(FollowUpForm.of(f), f.getVersion());
        }
        return saveFollowUp(f, form, "UPDATE", followUpSummary(f));
    }

    /** The owner is a member unit of the body (a current one, or the owner it already had). */
    private FollowUp saveFollowUp(FollowUp f, FollowUpForm form, String action, String before) {
        List<Violation> violations = new ArrayList<>();
        boolean ownerOk = Objects.equals(form.getOwnerUnitId(), f.getOwnerUnitId())
                || membersOf(f.getRegionId()).stream()
                        .anyMatch(m -> m.isCurrent() && m.getUnitId().equals(form.getOwnerUnitId()));
        if (!ownerOk) {
            violations.add(new Violation("ownerUnitId", "regional.followUp.owner.notMember"));
        }
        if (form.getMeetingId() != null) {
            JointMeeting meeting = meetings.findById(form.getMeetingId()).orElse(null);
            if (meeting == null || !meeting.getRegionId().equals(f.getRegionId())) {
                violations.add(new Violation("meetingId", "regional.followUp.meeting.unknown"));
            } else if (form.getDueOn() != null && form.getDueOn().isBefore(meeting.getHeldOn())) {
                violations.add(new Violation("dueOn", "regional.dateRange.endBeforeStart"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        f.describe(form.getMeetingId(), form.getTitle().trim(), form.getOwnerUnitId(), form.getDueOn(),
                form.getStatus(), blankToNull(form.getNote()), today());
        FollowUp saved = followUps.saveAndFlush(f);
        audit.record(action, "joint_follow_up", saved.getId(),
                before == null ? followUpSummary(saved) : before + " -> " + followUpSummary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- helpers

    private void inScope(long regionId, Scope scope, String entity, long id) {
        try {
            regions.require(regionId, scope);
        } catch (NotFoundException e) {
            throw new NotFoundException(entity, id);
        }
    }

    /** Never the liaison's phone: audit rows carry no personal contact data. */
    private static String memberSummary(JointMember m) {
        return "region=" + m.getRegionId() + " unit=" + m.getUnitId() + " " + m.getJoinedOn() + ".." + m.getLeftOn();
    }

    private static String meetingSummary(JointMeeting m) {
        return "region=" + m.getRegionId() + " heldOn=" + m.getHeldOn() + " present=" + m.getMemberIds();
    }

    private static String followUpSummary(FollowUp f) {
        return "region=" + f.getRegionId() + " owner=" + f.getOwnerUnitId() + " due=" + f.getDueOn() + " "
                + f.getStatus();
    }
}
