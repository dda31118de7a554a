package org.grassroots.member;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.grassroots.audit.AuditService;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.FieldCipher;
import org.grassroots.shared.IdNumber;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MemberService {

    static final int PAGE_SIZE = 20;
    /** A list's total is exact up to this many people; beyond it the page says "more than" and pages stop. */
    static final int COUNT_CAP = 10_000;
    /**
     * The cap of a name searched across a city or district ({@link MemberSearchQueries#isWideNameSearch}):
     * its count reads a range of the name index, and a common surname's range holds about 1 % of the
     * city, so it stops earlier; 50 pages, and the list asks to narrow the search beyond them.
     */
    static final int WIDE_NAME_COUNT_CAP = 1_000;
    /** An export reads this many people a statement. */
    private static final int EXPORT_CHUNK = 1_000;

    private final MemberRepository members;
    private final MemberHistoryRepository history;
    private final MemberSearchQueries searches;
    private final OrgService orgs;
    private final RegionService regions;
    private final FieldCipher cipher;
    private final AuditService audit;
    private final Clock clock;

    MemberService(MemberRepository members, MemberHistoryRepository history, MemberSearchQueries searches,
            OrgService orgs, RegionService regions, FieldCipher cipher, AuditService audit, Clock clock) {
        this.members = members;
        this.history = history;
        this.searches = searches;
        this.orgs = orgs;
        this.regions = regions;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member when their organization is inside the scope; otherwise the same 404 as a missing id. */
    public PartyMember require(long id, Scope scope) {
        return members.findInScope(id, scope.regionPrefix(), scope.orgPrefix())
                .orElseThrow(() -> new NotFoundException("party_member", id));
    }

    /**
     * One page of the list in name order. The total is exact up to {@link #COUNT_CAP}; a larger
     * result reports COUNT_CAP as its total with {@link MemberPage#more()} set, and its pages stop
     * there (a search narrows it). A first page shorter than a page needs no count at all. A name
     * searched across a city or district lists in code-point order (see {@link MemberSearchQueries})
     * and is counted up to {@link #WIDE_NAME_COUNT_CAP} only.
     */
    public MemberPage search(MemberSearch search, Scope scope) {
        search.setOrgPath(search.getOrgId() == null ? null : orgs.require(search.getOrgId(), scope).getPath());
        search.setOrgIds(orgs.idsOfNarrowScope(scope, search.getOrgPath()));
        String q = search.query();
        String hash = MemberSearch.modeOf(q) == MemberSearch.Mode.FULL_ID ? cipher.hash(q.toUpperCase()) : null;
        MemberSearchQueries.Reads reads = searches.of(scope, search, hash);
        int cap = MemberSearchQueries.isWideNameSearch(search) ? WIDE_NAME_COUNT_CAP : COUNT_CAP;
        int lastPage = cap / PAGE_SIZE - 1;
        int number = Math.min(Math.max(0, search.getPage()), lastPage);
        List<PartyMember> rows = reads.page(number * PAGE_SIZE, PAGE_SIZE);
        long total;
        if (number == 0 && rows.size() < PAGE_SIZE) {
            total = rows.size();
        } else {
            total = reads.countUpTo(cap);
            if (rows.isEmpty() && total > 0) {
                // asked beyond the last page: show the last one
                number = (int) Math.min((Math.min(total, cap) - 1) / PAGE_SIZE, lastPage);
                rows = reads.page(number * PAGE_SIZE, PAGE_SIZE);
            }
        }
        return new MemberPage(new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), Math.min(total, cap)),
                total > cap);
    }

    /** A page of the member list and whether more people match than its total says. */
    public record MemberPage(Page<PartyMember> page, boolean more) {
    }

    /** Every page of a search, for export; at most maxRows rows. Audited: a roster leaves the system. */
    @Transactional
    public List<Page<PartyMember>> searchAll(MemberSearch search, Scope scope, int maxRows) {
        search.setOrgPath(search.getOrgId() == null ? null : orgs.require(search.getOrgId(), scope).getPath());
        search.setOrgIds(orgs.idsOfNarrowScope(scope, search.getOrgPath()));
        String q = search.query();
        String hash = MemberSearch.modeOf(q) == MemberSearch.Mode.FULL_ID ? cipher.hash(q.toUpperCase()) : null;
        MemberSearchQueries.Reads reads = searches.of(scope, search, hash);
        List<Page<PartyMember>> pages = new ArrayList<>();
        int rows = 0;
        for (int number = 0; rows < maxRows; number++) {
            List<PartyMember> content = reads.page(number * EXPORT_CHUNK, EXPORT_CHUNK);
            if (content.isEmpty() && number > 0) {
                break;
            }
            pages.add(new PageImpl<>(content, PageRequest.of(number, EXPORT_CHUNK), rows + content.size()));
            rows += content.size();
            if (content.size() < EXPORT_CHUNK) {
                break;
            }
        }
        audit.record("EXPORT", "party_member", null, "rows=" + rows + ", q=" + (search.query().isEmpty() ? "" : "*")
                + ", status=" + search.getStatus() + ", org=" + search.getOrgId());
        return pages;
    }

    /** What another feature may learn of a person found by the full ID number: no more than this. */
    public record IdentifiedMember(long id, String name, MemberStatus status, long orgId, String orgName) {
    }

    /**
     * The current person (see {@link MemberStatus#CURRENT}) with exactly this ID number, whatever the
     * caller's scope: an in-service member belongs to their employer's organization, outside the scope
     * of the community they report to. Found by the keyed hash of the whole number only; a part of a
     * number never finds anyone outside the scope.
     */
    public Optional<IdentifiedMember> findCurrentByIdNumber(IdNumber idNumber) {
        return members.findCurrentByHash(cipher.hash(idNumber.value()), MemberStatus.CURRENT).stream().findFirst()
                .map(m -> new IdentifiedMember(m.getId(), m.getName(), m.getStatus(), m.getOrg().getId(),
                        m.getOrg().getName()));
    }

    /** Everyone the organization currently keeps (pipeline, members, suspended), in one query. */
    public List<PartyMember> currentPeopleOf(PartyOrg org) {
        return members.findByOrgAndStatusIn(org.getId(), MemberStatus.CURRENT);
    }

    public List<MemberHistory> historyOf(PartyMember member) {
        return history.findByMemberIdOrderByRecordedAtDescIdDesc(member.getId());
    }

    public Optional<Region> residenceOf(PartyMember member) {
        return member.getResidenceCommunityId() == null ? Optional.empty()
                : regions.findById(member.getResidenceCommunityId());
    }

    /** The full number, written to the audit log in the same transaction. */
    @Transactional
    public String revealIdNumber(long id, Scope scope) {
        PartyMember member = require(id, scope);
        audit.record("VIEW_ID_NUMBER", "party_member", member.getId(), "masked=" + member.getIdNumberMasked());
        return member.revealIdNumber(cipher);
    }

    @Transactional
    public PartyMember create(MemberForm form, Scope scope) {
        IdNumber idNumber = IdNumber.parse(form.getIdNumber())
                .orElseThrow(() -> BusinessRuleException.onField("idNumber", "member.idNumber.invalid"));
        PartyOrg org = requireOrg(form.getOrgId(), scope);
        checkResidence(form.getResidenceCommunityId());
        checkRecord(form, idNumber.birthDate());
        String hash = cipher.hash(idNumber.value());
        if (members.existsCurrentWithHash(hash, MemberStatus.CURRENT, null)) {
            throw BusinessRuleException.onField("idNumber", "member.idNumber.duplicate");
        }
        PartyMember m = PartyMember.register(form.getName().trim(), idNumber, cipher, org, form.getStatus());
        m.describe(form.getName().trim(), form.getEthnicity(), blankToNull(form.getPhone()), form.getEducation(),
                form.getOccupation(), form.getResidenceCommunityId(), blankToNull(form.getWorkUnit()));
        m.recordMilestones(form.getAppliedOn(), form.getActivistOn(), form.getCandidateOn(), form.getAdmittedOn(),
                form.getFullMemberOn());
        m.assignWithinBranch(checkGroup(form, org, scope), form.getCommitteeRole());
        PartyMember saved = members.saveAndFlush(m);
        // registering someone records where they already are: their membership starts with their milestones
        LocalDate joined = form.getChangeDate() != null ? form.getChangeDate()
                : java.util.stream.Stream.of(form.getAppliedOn(), form.getAdmittedOn()).filter(Objects::nonNull)
                        .findFirst().orElse(LocalDate.now(clock));
        history.save(MemberHistory.joined(saved.getId(), org.getId(), saved.getStatus(), joined, AuditService.currentUser()));
        audit.record("CREATE", "party_member", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    public PartyMember update(long id, MemberForm form, Scope scope) {
        PartyMember m = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != m.getVersion()) {
            throw new StaleEditException(MemberForm.of(m), m.getVersion());
        }
        String before = summary(m);
        if (!m.getStatus().canChangeTo(form.getStatus())) {
            throw BusinessRuleException.onField("status", "member.status.transition");
        }
        PartyOrg target = requireOrg(form.getOrgId(), scope);
        checkResidence(form.getResidenceCommunityId());
        Optional<IdNumber> newId = Optional.empty();
        if (form.getIdNumber() != null && !form.getIdNumber().isBlank()) {
            newId = Optional.of(IdNumber.parse(form.getIdNumber())
                    .orElseThrow(() -> BusinessRuleException.onField("idNumber", "member.idNumber.invalid")));
        }
        checkRecord(form, newId.map(IdNumber::birthDate).orElse(m.getBirthDate()));
        if (newId.isPresent()) {
            String hash = cipher.hash(newId.get().value());
            if (members.existsCurrentWithHash(hash, MemberStatus.CURRENT, m.getId())) {
                throw BusinessRuleException.onField("idNumber", "member.idNumber.duplicate");
            }
            m.assignIdNumber(newId.get(), cipher);
        }
        m.describe(form.getName().trim(), form.getEthnicity(), blankToNull(form.getPhone()), form.getEducation(),
                form.getOccupation(), form.getResidenceCommunityId(), blankToNull(form.getWorkUnit()));
        m.recordMilestones(form.getAppliedOn(), form.getActivistOn(), form.getCandidateOn(), form.getAdmittedOn(),
                form.getFullMemberOn());
        m.assignWithinBranch(checkGroup(form, target, scope), form.getCommitteeRole());
        LocalDate on = changeDate(form);
        if (!Objects.equals(target.getId(), m.getOrg().getId())) {
            PartyOrg previous = m.moveTo(target);
            history.save(MemberHistory.moved(m.getId(), previous.getId(), target.getId(), on, AuditService.currentUser()));
        }
        if (form.getStatus() != m.getStatus()) {
            MemberStatus previous = m.changeStatus(form.getStatus(), on);
            history.save(MemberHistory.statusChanged(m.getId(), previous, form.getStatus(), on, AuditService.currentUser()));
        }
        PartyMember saved = members.saveAndFlush(m);
        audit.record("UPDATE", "party_member", saved.getId(), before + " -> " + summary(saved));
        return saved;
    }

    /**
     * The development pipeline moves a person only through here: the status, its milestone date and
     * a history row with the step as note, in the caller's transaction. A person already at the
     * status gets the milestone date if it was blank; one already past it is left as they are.
     *
     * @param member a member the caller has required in its scope
     * @param on the day the status holds from: the branch meeting's vote for admission, the end of
     *        probation for full membership
     */
    @Transactional
    public PartyMember advance(PartyMember member, MemberStatus to, LocalDate on, String note) {
        MemberStatus current = member.getStatus();
        if (current == to || PIPELINE.indexOf(current) > PIPELINE.indexOf(to) && PIPELINE.contains(to)) {
            if (current == to && milestone(member, to) == null) {
                setMilestone(member, to, on);
                members.saveAndFlush(member);
            }
            return member;
        }
        if (!current.canChangeTo(to)) {
            throw BusinessRuleException.onField("stepCode", "member.status.transition");
        }
        setMilestone(member, to, on);
        member.changeStatus(to, on);
        history.save(MemberHistory.statusChanged(member.getId(), current, to, on, AuditService.currentUser(), note));
        return members.saveAndFlush(member);
    }

    /**
     * A transfer of organizational relationship moves a member only through here, on receipt, in the
     * caller's transaction: to the receiving organization with an organization history row, or, when
     * {@code target} is null (a transfer out of the system), out of the organization's keeping with a
     * status history row. The note names the transfer.
     *
     * @param member a member the caller has loaded for a transfer it has checked
     */
    @Transactional
    public PartyMember receiveTransfer(PartyMember member, PartyOrg target, LocalDate on, String note) {
        String by = AuditService.currentUser();
        if (target == null) {
            MemberStatus previous = member.changeStatus(MemberStatus.TRANSFERRED_OUT, on);
            history.save(MemberHistory.statusChanged(member.getId(), previous, MemberStatus.TRANSFERRED_OUT, on, by,
                    note));
        } else {
            PartyOrg previous = member.moveTo(target);
            history.save(MemberHistory.moved(member.getId(), previous.getId(), target.getId(), on, by, note));
        }
        PartyMember saved = members.saveAndFlush(member);
        audit.record("TRANSFER", "party_member", saved.getId(), summary(saved));
        return saved;
    }

    /**
     * Undoes the last status change the pipeline made, when a wrongly recorded step is corrected:
     * only if the latest status change went from {@code back} to the current status. The milestone
     * of the undone status is cleared and a history row says why.
     *
     * @return false when the status was changed otherwise since (nothing is undone)
     */
    @Transactional
    public boolean undoAdvance(PartyMember member, MemberStatus from, MemberStatus back, String reason) {
        if (member.getStatus() != from) {
            return false;
        }
        Optional<MemberHistory> last = history.findByMemberIdOrderByRecordedAtDescIdDesc(member.getId()).stream()
                .filter(h -> h.getKind() == MemberHistory.Kind.STATUS).findFirst();
        if (last.isEmpty() || last.get().getFromStatus() != back || last.get().getToStatus() != from) {
            return false;
        }
        setMilestone(member, from, null);
        member.changeStatus(back, LocalDate.now(clock));
        history.save(MemberHistory.statusChanged(member.getId(), from, back, LocalDate.now(clock),
                AuditService.currentUser(), reason));
        members.saveAndFlush(member);
        return true;
    }

    private static final List<MemberStatus> PIPELINE = List.of(MemberStatus.APPLICANT, MemberStatus.ACTIVIST,
            MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY, MemberStatus.FULL);

    private static LocalDate milestone(PartyMember m, MemberStatus status) {
        return switch (status) {
            case APPLICANT -> m.getAppliedOn();
            case ACTIVIST -> m.getActivistOn();
            case CANDIDATE -> m.getCandidateOn();
            case PROBATIONARY -> m.getAdmittedOn();
            case FULL -> m.getFullMemberOn();
            default -> null;
        };
    }

    private static void setMilestone(PartyMember m, MemberStatus status, LocalDate on) {
        LocalDate applied = m.getAppliedOn();
        LocalDate activist = m.getActivistOn();
        LocalDate candidate = m.getCandidateOn();
        LocalDate admitted = m.getAdmittedOn();
        LocalDate full = m.getFullMemberOn();
        switch (status) {
            case APPLICANT -> applied = on;
            case ACTIVIST -> activist = on;
            case CANDIDATE -> candidate = on;
            case PROBATIONARY -> admitted = on;
            case FULL -> full = on;
            default -> {
                return;
            }
        }
        m.recordMilestones(applied, activist, candidate, admitted, full);
    }

    /** A Party group must be an open group of the member's own branch. */
    private Long checkGroup(MemberForm form, PartyOrg branch, Scope scope) {
        if (form.getPartyGroupId() == null) {
            return null;
        }
        boolean ok = orgs.children(branch, scope).stream().anyMatch(g -> g.getId().equals(form.getPartyGroupId())
                && g.getType() == OrgType.PARTY_GROUP && !g.isClosed());
        if (!ok) {
            throw BusinessRuleException.onField("partyGroupId", "member.partyGroup.notInBranch");
        }
        return form.getPartyGroupId();
    }

    /** Open Party groups of the organizations in scope, for the member form. */
    public List<PartyOrg> groupsInScope(Scope scope) {
        return orgs.openInScope(scope).stream().filter(o -> o.getType() == OrgType.PARTY_GROUP).toList();
    }

    private void checkRecord(MemberForm form, LocalDate birthDate) {
        LocalDate today = LocalDate.now(clock);
        List<InvalidInputException.Violation> violations = new ArrayList<>();
        MemberRecordPolicy.check(birthDate, form.getStatus(), form.getAppliedOn(), form.getActivistOn(),
                form.getCandidateOn(), form.getAdmittedOn(), form.getFullMemberOn(), today)
                .forEach(v -> violations.add(new InvalidInputException.Violation(v.field(), v.key())));
        if (!Ethnicity.isKnown(form.getEthnicity())) {
            violations.add(new InvalidInputException.Violation("ethnicity", "member.ethnicity.required"));
        }
        if (form.getChangeDate() != null && form.getChangeDate().isAfter(today)) {
            violations.add(new InvalidInputException.Violation("changeDate", "member.date.future"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private PartyOrg requireOrg(long orgId, Scope scope) {
        try {
            PartyOrg org = orgs.require(orgId, scope);
            if (org.isClosed()) {
                throw BusinessRuleException.onField("orgId", "member.org.closed");
            }
            if (org.getType() == OrgType.PARTY_GROUP) {
                throw BusinessRuleException.onField("orgId", "member.org.partyGroup");
            }
            return org;
        } catch (NotFoundException e) {
            throw BusinessRuleException.onField("orgId", "member.org.outOfScope");
        }
    }

    /** People live anywhere in the city: any community will do, whatever the user's scope. */
    private void checkResidence(Long communityId) {
        if (communityId != null && regions.findById(communityId)
                .filter(r -> r.getLevel() == RegionLevel.COMMUNITY).isEmpty()) {
            throw BusinessRuleException.onField("residenceCommunityId", "member.residence.unknown");
        }
    }

    private LocalDate changeDate(MemberForm form) {
        return form.getChangeDate() == null ? LocalDate.now(clock) : form.getChangeDate();
    }

    /** For the audit log: the masked ID number and no phone. */
    private static String summary(PartyMember m) {
        return "name=" + m.getName() + ", id=" + m.getIdNumberMasked() + ", status=" + m.getStatus()
                + ", org=" + m.getOrg().getId() + ", education=" + m.getEducation()
                + ", occupation=" + m.getOccupation();
    }
}
