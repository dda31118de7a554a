package org.grassroots.workforce;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.member.Education;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.InvalidInputException.Violation;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's worker team: posts are added, edited and left, never deleted. A post is in scope when
 * its community is; an id outside the scope answers the same 404 as a missing one.
 */
@Service
@Transactional(readOnly = true)
public class WorkforceService {

    private final CommunityWorkerRepository workers;
    private final RegionService regions;
    private final MemberService members;
    private final AuditService audit;
    private final WorkforceRules rules;
    private final Clock clock;

    WorkforceService(CommunityWorkerRepository workers, RegionService regions, MemberService members,
            AuditService audit, WorkforceRules rules, Clock clock) {
        this.workers = workers;
        this.regions = regions;
        this.members = members;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    public Region requireCommunity(long communityId, Scope scope) {
        Region region = regions.require(communityId, scope);
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("community", communityId);
        }
        return region;
    }

    public CommunityWorker require(long id, Scope scope) {
        CommunityWorker worker = workers.findById(id).orElseThrow(() -> new NotFoundException("community_worker", id));
        requireCommunity(worker.getCommunityId(), scope);
        return worker;
    }

    /** Every post of the community, serving first, then by post and start day. */
    List<CommunityWorker> rosterOf(long communityId) {
        LocalDate today = today();
        return workers.findByCommunityId(communityId).stream()
                .sorted(Comparator.comparing((CommunityWorker w) -> !w.isCurrentOn(today))
                        .thenComparing(CommunityWorker::getRole).thenComparing(CommunityWorker::getStartOn)
                        .thenComparing(CommunityWorker::getId))
                .toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    public CommunityWorker create(long communityId, WorkerForm form, Scope scope) {
        Region community = requireCommunity(communityId, scope);
        return save(CommunityWorker.in(community.getId()), form, scope, "CREATE", null);
    }

    @Transactional
    public CommunityWorker update(long id, WorkerForm form, Scope scope) {
        CommunityWorker worker = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != worker.getVersion()) {
            throw new StaleEditException(WorkerForm.of(worker), worker.getVersion());
        }
        return save(worker, form, scope, "UPDATE", summary(worker));
    }

    /** The person leaves the post on the day; the row stays as history. */
    @Transactional
    public CommunityWorker leave(long id, LeaveForm form, Scope scope) {
        CommunityWorker worker = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != worker.getVersion()) {
            throw new StaleEditException(WorkerForm.of(worker), worker.getVersion());
        }
        if (form.getEndOn().isBefore(worker.getStartOn())) {
            throw BusinessRuleException.onField("endOn", "workforce.endOn.beforeStart");
        }
        worker.leave(form.getEndOn());
        CommunityWorker saved = workers.saveAndFlush(worker);
        audit.record("LEAVE", "community_worker", saved.getId(), "endOn=" + form.getEndOn());
        return saved;
    }

    private CommunityWorker save(CommunityWorker worker, WorkerForm form, Scope scope, String action, String before) {
        PartyMember member = form.getMemberId() == null ? null : requireMember(form.getMemberId(), scope);
        String name = blankToNull(form.getName());
        Integer birthYear = form.getBirthYear();
        Education education = form.getEducation();
        if (member != null) {
            name = member.getName();
            birthYear = birthYear != null ? birthYear
                    : member.getBirthDate() == null ? null : member.getBirthDate().getYear();
            education = education != null ? education : member.getEducation();
        }
        List<Violation> violations = new ArrayList<>();
        if (name == null) {
            violations.add(new Violation("name", "workforce.name.required"));
        }
        if (birthYear == null) {
            violations.add(new Violation("birthYear", "workforce.birthYear.required"));
        }
        if (education == null) {
            violations.add(new Violation("education", "workforce.education.required"));
        }
        if (form.getEndOn() != null && form.getEndOn().isBefore(form.getStartOn())) {
            violations.add(new Violation("endOn", "workforce.endOn.beforeStart"));
        }
        String unit = blankToNull(form.getDispatchingUnit());
        LocalDate termEnd = form.getTermEndOn();
        if (form.getRole() == WorkerRole.FIRST_SECRETARY) {
            if (unit == null) {
                violations.add(new Violation("dispatchingUnit", "workforce.dispatchingUnit.required"));
            }
            if (termEnd == null) {
                termEnd = form.getStartOn().plusYears(rules.firstSecretaryTermYears());
            } else if (termEnd.isBefore(form.getStartOn())) {
                violations.add(new Violation("termEndOn", "workforce.termEndOn.beforeStart"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (form.getRole() == WorkerRole.SECRETARY) {
            for (CommunityWorker other : workers.findByCommunityIdAndRole(worker.getCommunityId(),
                    WorkerRole.SECRETARY)) {
                if (!other.getId().equals(worker.getId()) && other.overlaps(form.getStartOn(), form.getEndOn())) {
                    throw BusinessRuleException.onField("role", "workforce.secretary.taken", other.getName());
                }
            }
        }
        worker.describe(member == null ? null : member.getId(), name, form.getRole(), form.getFullTime(), birthYear,
                education, form.getStartOn(), form.getEndOn(), form.getCertificate(), unit, termEnd,
                blankToNull(form.getNote()));
        CommunityWorker saved = workers.saveAndFlush(worker);
        audit.record(action, "community_worker", saved.getId(),
                before == null ? summary(saved) : before + " -> " + summary(saved));
        return saved;
    }

    private PartyMember requireMember(long memberId, Scope scope) {
        PartyMember member;
        try {
            member = members.require(memberId, scope);
        } catch (NotFoundException e) {
            throw BusinessRuleException.onField("memberId", "workforce.member.notFound");
        }
        if (!member.getStatus().isCurrent()) {
            throw BusinessRuleException.onField("memberId", "workforce.member.notCurrent");
        }
        return member;
    }

    /** Post, person and days only: no personal contact data in audit rows. */
    private static String summary(CommunityWorker w) {
        return w.getRole() + " " + w.getName() + " member=" + w.getMemberId() + " fullTime=" + w.isFullTime() + " "
                + w.getStartOn() + ".." + w.getEndOn() + (w.getTermEndOn() == null ? "" : " term=" + w.getTermEndOn());
    }
}
