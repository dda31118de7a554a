package org.grassroots.development;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.audit.AuditService;
import org.grassroots.member.MemberService;
import org.grassroots.member.MemberStatus;
import org.grassroots.member.PartyMember;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a person's development steps and decides the approvals. Every person is required in the
 * caller's scope (out of scope answers 404); status moves only through
 * {@link MemberService#advance}; every write is audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentService {

    private final MemberStepRepository steps;
    private final MemberService members;
    private final StepCatalogue catalogue;
    private final DevelopmentPolicy policy;
    private final DevelopmentQueries queries;
    private final AuditService audit;
    private final Clock clock;

    DevelopmentService(MemberStepRepository steps, MemberService members, StepCatalogue catalogue,
            DevelopmentRules rules, DevelopmentQueries queries, AuditService audit, Clock clock) {
        this.steps = steps;
        this.members = members;
        this.catalogue = catalogue;
        this.policy = new DevelopmentPolicy(catalogue, rules);
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    DevelopmentPolicy policy() {
        return policy;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PartyMember requireMember(long id, Scope scope) {
        return members.require(id, scope);
    }

    /** Every row of the person, in the order recorded: live, voided and returned. */
    public List<MemberStep> stepsOf(PartyMember member) {
        return steps.findByMemberIdOrderByIdAsc(member.getId());
    }

    /**
     * The pipeline as the rules see it. Steps the person holds by their record alone (registered
     * midway, with the dates on the member record) count as done on those dates.
     */
    DevelopmentPolicy.Progress progress(PartyMember m, List<MemberStep> rows) {
        Map<StepCode, LocalDate> done = new EnumMap<>(StepCode.class);
        Map<StepCode, LocalDate> pending = new EnumMap<>(StepCode.class);
        Set<StepCode> returned = EnumSet.noneOf(StepCode.class);
        int extension = 0;
        for (MemberStep s : rows) {
            if (s.isDone()) {
                done.put(s.getCode(), s.getDoneOn());
                if (s.getCode() == StepCode.EXTENSION && s.getExtensionMonths() != null) {
                    extension = s.getExtensionMonths();
                }
            } else if (s.isPending()) {
                pending.put(s.getCode(), s.getSubmittedOn());
            } else if (!s.isVoided()) {
                returned.add(s.getCode());
            }
        }
        returned.removeAll(done.keySet());
        returned.removeAll(pending.keySet());
        Set<StepCode> implied = EnumSet.noneOf(StepCode.class);
        implied(m).forEach((code, day) -> {
            if (!done.containsKey(code) && !pending.containsKey(code)) {
                done.put(code, day);
                implied.add(code);
            }
        });
        return new DevelopmentPolicy.Progress(m.getId(), m.getBirthDate(), m.getStatus(),
                new DevelopmentPolicy.Milestones(m.getAppliedOn(), m.getActivistOn(), m.getAdmittedOn()), done,
                pending, returned, extension, implied);
    }

    /** The steps a person holds by their status and the dates on their record. */
    static Map<StepCode, LocalDate> implied(PartyMember m) {
        Map<StepCode, LocalDate> implied = new EnumMap<>(StepCode.class);
        MemberStatus s = m.getStatus();
        boolean pipelineOrMember = DevelopmentPolicy.PIPELINE.contains(s) || s == MemberStatus.FULL;
        if (!pipelineOrMember) {
            return implied;
        }
        put(implied, StepCode.APPLY, m.getAppliedOn());
        if (s != MemberStatus.APPLICANT) {
            put(implied, StepCode.ACTIVIST, m.getActivistOn());
        }
        if (s == MemberStatus.CANDIDATE || s == MemberStatus.PROBATIONARY || s == MemberStatus.FULL) {
            put(implied, StepCode.CANDIDATE, m.getCandidateOn());
        }
        if (s == MemberStatus.PROBATIONARY || s == MemberStatus.FULL) {
            put(implied, StepCode.ADMISSION_VOTE, m.getAdmittedOn());
            put(implied, StepCode.ADMISSION_APPROVAL, m.getAdmittedOn());
        }
        if (s == MemberStatus.FULL) {
            put(implied, StepCode.CONVERSION_APPROVAL, m.getFullMemberOn());
        }
        return implied;
    }

    private static void put(Map<StepCode, LocalDate> map, StepCode code, LocalDate day) {
        if (day != null) {
            map.put(code, day);
        }
    }

    // ---------------------------------------------------------------- recording

    /** What a recorded step tells the recorder: the saved row and the warnings about it. */
    public record Recorded(MemberStep step, List<DevelopmentPolicy.Notice> notices) {
    }

    /**
     * Records the next step of a person. An approval goes to the queue of the street the person's
     * organization sits in, unless that street's own staff records it, who approve it at once.
     */
    @Transactional
    public Recorded record(long memberId, StepForm form, Scope scope) {
        PartyMember m = members.require(memberId, scope);
        queries.lockMember(m.getId());
        List<MemberStep> rows = stepsOf(m);
        DevelopmentPolicy.Progress p = progress(m, rows);
        StepDef def = catalogue.get(form.getStepCode());
        List<DevelopmentPolicy.Violation> refused = new ArrayList<>();
        DevelopmentPolicy.Named first = null;
        DevelopmentPolicy.Named second = null;
        if (def.people() != null) {
            String prefix = def.people() == PersonRole.INTRODUCER ? "introducer" : "mentor";
            Long id1 = def.people() == PersonRole.INTRODUCER ? form.getIntroducer1Id() : form.getMentor1Id();
            Long id2 = def.people() == PersonRole.INTRODUCER ? form.getIntroducer2Id() : form.getMentor2Id();
            first = named(id1, prefix + "1Id", scope, refused);
            second = named(id2, prefix + "2Id", scope, refused);
        }
        DevelopmentPolicy.Attempt attempt = new DevelopmentPolicy.Attempt(def.code(), form.getDoneOn(), first, second,
                def.code() == StepCode.EXTENSION ? form.getExtensionMonths() : null);
        refused.addAll(policy.check(p, attempt, today()));
        if (!refused.isEmpty()) {
            throw new StepRefused(refused);
        }
        String by = AuditService.currentUser();
        String note = blankToNull(form.getNote());
        String decidedBy = form.getDecidedBy().trim();
        MemberStep step;
        if (def.approval()) {
            long street = m.getOrg().getStreetId();
            boolean approver = scope.kind() == Scope.Kind.REGION && scope.nodeId() == street;
            step = approver
                    ? MemberStep.approvedDirectly(m.getId(), def.code(), form.getDoneOn(), street, decidedBy, note, by,
                            clock.instant())
                    : MemberStep.submitted(m.getId(), def.code(), form.getDoneOn(), street, decidedBy, note, by,
                            clock.instant());
        } else {
            step = MemberStep.done(m.getId(), def.code(), form.getDoneOn(), decidedBy, note, by, clock.instant());
        }
        if (first != null) {
            List<Long> ids = second == null ? List.of(first.id()) : List.of(first.id(), second.id());
            step.name(ids, def.people());
        }
        step.extendBy(attempt.extensionMonths());
        MemberStep saved = steps.saveAndFlush(step);
        if (saved.isDone()) {
            takeEffect(m, def, p, saved);
        }
        audit.record(saved.isPending() ? "SUBMIT_STEP" : "RECORD_STEP", "party_member", m.getId(), summary(saved));
        return new Recorded(saved, policy.notices(p, attempt));
    }

    private DevelopmentPolicy.Named named(Long id, String field, Scope scope,
            List<DevelopmentPolicy.Violation> refused) {
        if (id == null) {
            return null;
        }
        try {
            PartyMember n = members.require(id, scope);
            return new DevelopmentPolicy.Named(n.getId(), n.getName(), n.getStatus());
        } catch (NotFoundException e) {
            refused.add(new DevelopmentPolicy.Violation(field, "development.rule.people.notFound"));
            return null;
        }
    }

    /** A done step that gives a status moves the person there, dated as the regulation counts it. */
    private void takeEffect(PartyMember m, StepDef def, DevelopmentPolicy.Progress p, MemberStep step) {
        if (def.movesTo() == null) {
            return;
        }
        LocalDate on = switch (def.code()) {
            // membership and probation run from the branch meeting's vote (Const. Art. 7)
            case ADMISSION_APPROVAL -> p.admissionVote() == null ? step.getDoneOn() : p.admissionVote();
            // Party standing runs from the day probation ends
            case CONVERSION_APPROVAL -> p.probationEnd() == null ? step.getDoneOn() : p.probationEnd();
            default -> step.getDoneOn();
        };
        members.advance(m, def.movesTo(), on, def.nameZh());
    }

    // ---------------------------------------------------------------- correcting

    /**
     * Voids the person's last recorded step with a reason (a request still waiting is withdrawn);
     * the row stays. A status the step gave goes back with a history row.
     */
    @Transactional
    public MemberStep correct(long memberId, long stepId, ReasonForm form, Scope scope) {
        PartyMember m = members.require(memberId, scope);
        queries.lockMember(m.getId());
        MemberStep last = stepsOf(m).stream().filter(MemberStep::isLive).reduce((a, b) -> b)
                .orElseThrow(() -> new BusinessRuleException("development.correct.notLast"));
        if (last.getId() != stepId) {
            throw new BusinessRuleException("development.correct.notLast");
        }
        if (form.getVersion() == null || form.getVersion() != last.getVersion()) {
            throw new BusinessRuleException("development.correct.stale");
        }
        StepDef def = catalogue.get(last.getCode());
        boolean wasDone = last.isDone();
        last.voidWith(form.getReason().trim(), AuditService.currentUser(), clock.instant());
        steps.saveAndFlush(last);
        MemberStatus back = before(def.code());
        if (wasDone && def.movesTo() != null && back != null) {
            members.undoAdvance(m, def.movesTo(), back, form.getReason().trim());
        }
        audit.record("CORRECT_STEP", "party_member", m.getId(), summary(last) + " reason=" + form.getReason().trim());
        return last;
    }

    /** The status a person had before the step that gave them theirs. */
    private static MemberStatus before(StepCode code) {
        return switch (code) {
            case ACTIVIST -> MemberStatus.APPLICANT;
            case CANDIDATE -> MemberStatus.ACTIVIST;
            case ADMISSION_APPROVAL -> MemberStatus.CANDIDATE;
            case CONVERSION_APPROVAL, CANCELLATION -> MemberStatus.PROBATIONARY;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- approving

    /**
     * A request waiting for the caller's own street: only the staff of the street the request went
     * to reach it. Anyone else, a community secretary included, gets the same 404 as for a missing id.
     */
    public MemberStep requirePending(long stepId, Scope scope) {
        MemberStep s = steps.findById(stepId).orElseThrow(() -> new NotFoundException("member_step", stepId));
        if (!s.isPending() || scope.kind() != Scope.Kind.REGION || s.getApproverStreetId() == null
                || scope.nodeId() != s.getApproverStreetId()) {
            throw new NotFoundException("member_step", stepId);
        }
        members.require(s.getMemberId(), scope);
        return s;
    }

    @Transactional
    public Recorded approve(long stepId, ApprovalForm form, Scope scope) {
        MemberStep s = requirePending(stepId, scope);
        PartyMember m = members.require(s.getMemberId(), scope);
        queries.lockMember(m.getId());
        if (form.getVersion() == null || form.getVersion() != s.getVersion()) {
            throw new BusinessRuleException("development.approval.stale");
        }
        List<DevelopmentPolicy.Violation> refused = policy.checkApproval(s.getSubmittedOn(), form.getApprovedOn(),
                today());
        if (!refused.isEmpty()) {
            throw new StepRefused(refused);
        }
        DevelopmentPolicy.Progress p = progress(m, stepsOf(m));
        s.approve(form.getApprovedOn(), queries.approverName(s.getApproverStreetId()), blankToNull(form.getNote()),
                AuditService.currentUser(), clock.instant());
        steps.saveAndFlush(s);
        takeEffect(m, catalogue.get(s.getCode()), p, s);
        audit.record("APPROVE_STEP", "party_member", m.getId(), summary(s));
        return new Recorded(s, policy.approvalNotices(s.getSubmittedOn(), form.getApprovedOn()));
    }

    /** Returns a request to the branch with a reason; the branch may send it again. */
    @Transactional
    public MemberStep giveBack(long stepId, ReasonForm form, Scope scope) {
        MemberStep s = requirePending(stepId, scope);
        queries.lockMember(s.getMemberId());
        if (form.getVersion() == null || form.getVersion() != s.getVersion()) {
            throw new BusinessRuleException("development.approval.stale");
        }
        s.giveBack(form.getReason().trim(), AuditService.currentUser(), clock.instant());
        steps.saveAndFlush(s);
        audit.record("RETURN_STEP", "party_member", s.getMemberId(), summary(s) + " reason=" + form.getReason().trim());
        return s;
    }

    // ---------------------------------------------------------------- helpers

    /** For the audit log: the step, its days and state, the people named by id; never a phone. */
    private static String summary(MemberStep s) {
        return "step=" + s.getCode() + ", on=" + s.getDoneOn() + ", submitted=" + s.getSubmittedOn() + ", state="
                + s.getApproval() + ", decidedBy=" + s.getDecidedBy()
                + (s.getExtensionMonths() == null ? "" : ", months=" + s.getExtensionMonths())
                + (s.getPeople().isEmpty() ? "" : ", people=" + s.getPeople().stream()
                        .map(MemberStep.Named::memberId).toList());
    }

}
