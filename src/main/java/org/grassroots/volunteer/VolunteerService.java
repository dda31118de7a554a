package org.grassroots.volunteer;

import static org.grassroots.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.InvalidInputException.Violation;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's volunteers, their activities and hours. A volunteer or activity is in scope when
 * its community is: an id outside the scope answers the same 404 as a missing one.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerService {

    private final VolunteerRepository volunteers;
    private final VolunteerActivityRepository activities;
    private final VolunteerHours hours;
    private final VolunteerQueries queries;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    VolunteerService(VolunteerRepository volunteers, VolunteerActivityRepository activities, VolunteerHours hours,
            VolunteerQueries queries, RegionService regions, AuditService audit, Clock clock) {
        this.volunteers = volunteers;
        this.activities = activities;
        this.hours = hours;
        this.queries = queries;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** A community in scope; any other region keeps no volunteers and answers 404. */
    public Region requireCommunity(long communityId, Scope scope) {
        Region region = regions.require(communityId, scope);
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("community", communityId);
        }
        return region;
    }

    public Volunteer require(long id, Scope scope) {
        Volunteer v = volunteers.findById(id).orElseThrow(() -> new NotFoundException("volunteer", id));
        regions.require(v.getCommunityId(), scope);
        return v;
    }

    public VolunteerActivity requireActivity(long id, Scope scope) {
        VolunteerActivity a = activities.findById(id).orElseThrow(() -> new NotFoundException("volunteer_activity",
                id));
        regions.require(a.getCommunityId(), scope);
        return a;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- volunteers

    @Transactional
    public Volunteer register(long communityId, VolunteerForm form, Scope scope) {
        Region community = requireCommunity(communityId, scope);
        form.setLeftOn(null);
        return save(Volunteer.of(community.getId()), form, "CREATE", null);
    }

    @Transactional
    public Volunteer update(long id, VolunteerForm form, Scope scope) {
        Volunteer v = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != v.getVersion()) {
            throw new StaleEditException(VolunteerForm.of(v), v.getVersion());
        }
        return save(v, form, "UPDATE", summary(v));
    }

    /** The volunteer leaves on the day (today when none is given); the row and its hours stay. */
    @Transactional
    public Volunteer leave(long id, LocalDate on, Scope scope) {
        Volunteer v = require(id, scope);
        if (!v.isCurrent()) {
            throw new BusinessRuleException("volunteer.leave.already");
        }
        LocalDate day = on == null ? today() : on;
        List<Violation> violations = leavingViolations(v, v.getRegisteredOn(), day);
        if (!violations.isEmpty()) {
            throw new BusinessRuleException(violations.get(0).messageKey());
        }
        v.leave(day);
        Volunteer saved = volunteers.saveAndFlush(v);
        audit.record("LEAVE", "volunteer", saved.getId(), "leftOn=" + day);
        return saved;
    }

    private Volunteer save(Volunteer v, VolunteerForm form, String action, String before) {
        List<Violation> violations = new ArrayList<>();
        Long memberId = form.getMemberId();
        String name = blankToNull(form.getPersonName());
        String phone = blankToNull(form.getPersonPhone());
        if (memberId == null) {
            if (name == null) {
                violations.add(new Violation("personName", "volunteer.person.required"));
            }
            if (phone == null) {
                violations.add(new Violation("personPhone", "volunteer.phone.required"));
            }
        }
        if (form.getRegisteredOn().isAfter(today())) {
            violations.add(new Violation("registeredOn", "volunteer.registeredOn.future"));
        }
        if (form.getLeftOn() != null) {
            violations.addAll(leavingViolations(v, form.getRegisteredOn(), form.getLeftOn()));
        }
        if (v.getId() != null) {
            LocalDate first = hours.span(v.getId())[0];
            if (first != null && form.getRegisteredOn().isAfter(first)) {
                violations.add(new Violation("registeredOn", "volunteer.registeredOn.afterHours"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long exceptId = v.getId() == null ? 0 : v.getId();
        if (memberId != null) {
            // the member chosen must be of the community; one kept from before may since have moved away
            if (!memberId.equals(v.getMemberId()) && !queries.isMemberOf(memberId, v.getCommunityId())) {
                throw BusinessRuleException.onField("memberId", "volunteer.member.notInCommunity");
            }
            if (form.getLeftOn() == null && volunteers.memberAlreadyCurrent(v.getCommunityId(), memberId, exceptId)) {
                throw BusinessRuleException.onField("memberId", "volunteer.member.alreadyRegistered");
            }
        }
        v.describe(memberId, name, phone, blankToNull(form.getSkills()), form.getRegisteredOn(), form.getLeftOn());
        Volunteer saved;
        try {
            saved = volunteers.saveAndFlush(v);
        } catch (DataIntegrityViolationException e) {
            // a concurrent registration of the same member won the unique index uk_volunteer_member
            throw BusinessRuleException.onField("memberId", "volunteer.member.alreadyRegistered");
        }
        audit.record(action, "volunteer", saved.getId(), before == null ? summary(saved)
                : before + " -> " + summary(saved));
        return saved;
    }

    /** A leaving day must not precede the registration, lie ahead, or fall before an activity with hours. */
    private List<Violation> leavingViolations(Volunteer v, LocalDate registeredOn, LocalDate leftOn) {
        List<Violation> violations = new ArrayList<>();
        if (leftOn.isBefore(registeredOn)) {
            violations.add(new Violation("leftOn", "volunteer.leftOn.beforeRegistered"));
        } else if (leftOn.isAfter(today())) {
            violations.add(new Violation("leftOn", "volunteer.leftOn.future"));
        } else if (v.getId() != null) {
            LocalDate last = hours.span(v.getId())[1];
            if (last != null && leftOn.isBefore(last)) {
                violations.add(new Violation("leftOn", "volunteer.leftOn.beforeHours"));
            }
        }
        return violations;
    }

    // ---------------------------------------------------------------- activities

    @Transactional
    public VolunteerActivity createActivity(long communityId, ActivityForm form, Scope scope) {
        Region community = requireCommunity(communityId, scope);
        VolunteerActivity a = VolunteerActivity.of(community.getId());
        a.describe(form.getTitle().trim(), form.getHeldOn(), blankToNull(form.getPlace()),
                blankToNull(form.getDescription()));
        VolunteerActivity saved = activities.saveAndFlush(a);
        audit.record("CREATE", "volunteer_activity", saved.getId(), activitySummary(saved));
        return saved;
    }

    /** A new day must still suit every volunteer who has hours on the activity. */
    @Transactional
    public VolunteerActivity updateActivity(long id, ActivityForm form, Scope scope) {
        VolunteerActivity a = requireActivity(id, scope);
        if (form.getVersion() == null || form.getVersion() != a.getVersion()) {
            throw new StaleEditException(ActivityForm.of(a), a.getVersion());
        }
        if (!form.getHeldOn().equals(a.getHeldOn())) {
            List<String> refused = new ArrayList<>();
            for (VolunteerHours.Served s : hours.servedOn(a.getId())) {
                BigDecimal other = hours.otherHoursOn(s.volunteerId(), form.getHeldOn(), a.getId());
                if (!VolunteerHoursPolicy.check(s.registeredOn(), s.leftOn(), form.getHeldOn(), today(), s.hours(),
                        other).isEmpty()) {
                    refused.add(s.name());
                }
            }
            if (!refused.isEmpty()) {
                throw BusinessRuleException.onField("heldOn", "volunteer.activity.heldOn.conflictsHours",
                        String.join("、", refused));
            }
        }
        String before = activitySummary(a);
        a.describe(form.getTitle().trim(), form.getHeldOn(), blankToNull(form.getPlace()),
                blankToNull(form.getDescription()));
        VolunteerActivity saved = activities.saveAndFlush(a);
        audit.record("UPDATE", "volunteer_activity", saved.getId(), before + " -> " + activitySummary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- hours

    /** Records a volunteer's hours on the activity, replacing an earlier figure; true when they are new. */
    @Transactional
    public boolean recordHours(long activityId, HoursForm form, Scope scope) {
        VolunteerActivity a = requireActivity(activityId, scope);
        Volunteer v = volunteers.findById(form.getVolunteerId())
                .filter(x -> x.getCommunityId().equals(a.getCommunityId()))
                .orElseThrow(() -> BusinessRuleException.onField("volunteerId",
                        "volunteer.hours.volunteer.notInCommunity"));
        BigDecimal other = hours.otherHoursOn(v.getId(), a.getHeldOn(), a.getId());
        List<Violation> violations = VolunteerHoursPolicy.check(v.getRegisteredOn(), v.getLeftOn(), a.getHeldOn(),
                today(), form.getHours(), other);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        boolean created = hours.set(a.getId(), v.getId(), form.getHours());
        audit.record(created ? "CREATE" : "UPDATE", "volunteer_hours", a.getId(),
                "volunteer=" + v.getId() + " hours=" + form.getHours());
        return created;
    }

    @Transactional
    public void deleteHours(long activityId, long volunteerId, Scope scope) {
        VolunteerActivity a = requireActivity(activityId, scope);
        if (hours.delete(a.getId(), volunteerId)) {
            audit.record("DELETE", "volunteer_hours", a.getId(), "volunteer=" + volunteerId);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Never the resident's phone: audit rows carry no personal contact data. */
    private static String summary(Volunteer v) {
        return "community=" + v.getCommunityId() + " member=" + v.getMemberId() + " registeredOn="
                + v.getRegisteredOn() + " leftOn=" + v.getLeftOn();
    }

    private static String activitySummary(VolunteerActivity a) {
        return a.getTitle() + " heldOn=" + a.getHeldOn();
    }

}
