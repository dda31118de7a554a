package org.grassroots.floating;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.audit.AuditService;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.IdNumber;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.InvalidInputException.Violation;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mobile members (domain-rules.md §6). An outflow is in scope when its member is
 * ({@code MemberService.require}); an inflow when its host organization is. Anything else answers the
 * same 404 as a missing id. Every change is audited in the same transaction, without phones.
 */
@Service
@Transactional(readOnly = true)
class FloatingService {

    /** A saved outflow, and whether the definition's short-absence warning applies to it. */
    record Saved(FloatingOutflow outflow, boolean shortAbsence) {
    }

    private final FloatingOutflowRepository outflows;
    private final FloatingContactRepository contacts;
    private final FloatingInflowRepository inflows;
    private final MemberService members;
    private final OrgService orgs;
    private final AuditService audit;
    private final FloatingPolicy policy;
    private final Clock clock;

    FloatingService(FloatingOutflowRepository outflows, FloatingContactRepository contacts,
            FloatingInflowRepository inflows, MemberService members, OrgService orgs, AuditService audit,
            FloatingRules rules, Clock clock) {
        this.outflows = outflows;
        this.contacts = contacts;
        this.inflows = inflows;
        this.members = members;
        this.orgs = orgs;
        this.audit = audit;
        this.policy = new FloatingPolicy(rules);
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    FloatingPolicy policy() {
        return policy;
    }

    // ---------------------------------------------------------------- reading

    FloatingOutflow requireOutflow(long id, Scope scope) {
        FloatingOutflow f = outflows.findById(id).orElseThrow(() -> new NotFoundException("floating_outflow", id));
        try {
            members.require(f.getMember().getId(), scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("floating_outflow", id);
        }
        return f;
    }

    FloatingInflow requireInflow(long id, Scope scope) {
        FloatingInflow i = inflows.findById(id).orElseThrow(() -> new NotFoundException("floating_inflow", id));
        PartyOrg host = i.getHostOrg();
        if (!scope.coversOrg(host.getPath(), host.getRegionPath())) {
            throw new NotFoundException("floating_inflow", id);
        }
        return i;
    }

    List<FloatingContact> contactsOf(FloatingOutflow f) {
        return contacts.findByOutflowIdOrderByContactOnDescIdDesc(f.getId());
    }

    Optional<FloatingOutflow> openOutflowOf(PartyMember member) {
        return outflows.findFirstByMember_IdAndReturnedOnIsNull(member.getId());
    }

    List<FloatingOutflow> outflowsOf(PartyMember member) {
        return outflows.findByMember_IdOrderBySinceAscIdAsc(member.getId());
    }

    /** Where an inflow may be hosted: the open organizations of the scope that keep members. */
    List<PartyOrg> hostOrgsInScope(Scope scope) {
        return orgs.openInScope(scope).stream().filter(FloatingService::keepsMembers).toList();
    }

    static boolean keepsMembers(PartyOrg org) {
        return !org.isClosed() && org.getType() != OrgType.PARTY_GROUP;
    }

    // ---------------------------------------------------------------- outflows

    @Transactional
    Saved createOutflow(long memberId, OutflowForm form, Scope scope) {
        PartyMember member = members.require(memberId, scope);
        if (!member.getStatus().isCurrent()) {
            throw new BusinessRuleException("floating.member.notCurrent");
        }
        if (outflows.existsByMember_IdAndReturnedOnIsNull(member.getId())) {
            throw new BusinessRuleException("floating.outflow.openExists");
        }
        FloatingOutflow f = FloatingOutflow.of(member, AuditService.currentUser());
        return saveOutflow(f, form, "CREATE", null);
    }

    @Transactional
    Saved updateOutflow(long id, OutflowForm form, Scope scope) {
        FloatingOutflow f = requireOutflow(id, scope);
        if (form.getVersion() == null || form.getVersion() != f.getVersion()) {
            throw new StaleEditException(OutflowForm.of(f), f.getVersion());
        }
        if (!f.isOpen()) {
            throw new BusinessRuleException("floating.outflow.ended");
        }
        return saveOutflow(f, form, "UPDATE", summary(f));
    }

    private Saved saveOutflow(FloatingOutflow f, OutflowForm form, String action, String before) {
        LocalDate today = today();
        List<Violation> violations = new ArrayList<>();
        if (form.getSince().isAfter(today)) {
            violations.add(new Violation("since", "floating.since.future"));
        }
        if (form.getExpectedReturnOn() != null && form.getExpectedReturnOn().isBefore(form.getSince())) {
            violations.add(new Violation("expectedReturnOn", "floating.expectedReturnOn.beforeSince"));
        }
        String cert = blankToNull(form.getCertNumber());
        if (cert != null) {
            if (form.getCertIssuedOn() == null) {
                violations.add(new Violation("certIssuedOn", "floating.certIssuedOn.required"));
            } else if (form.getCertIssuedOn().isAfter(today)) {
                violations.add(new Violation("certIssuedOn", "floating.certIssuedOn.future"));
            }
            if (form.getCertStatus() == CertificateStatus.ANNUAL_REVIEW_DUE) {
                violations.add(new Violation("certStatus", "floating.certStatus.derived"));
            }
            if (form.getLastReviewOn() != null && form.getLastReviewOn().isAfter(today)) {
                violations.add(new Violation("lastReviewOn", "floating.lastReviewOn.future"));
            } else if (form.getLastReviewOn() != null && form.getCertIssuedOn() != null
                    && form.getLastReviewOn().isBefore(form.getCertIssuedOn())) {
                violations.add(new Violation("lastReviewOn", "floating.lastReviewOn.beforeIssued"));
            }
        }
        PartyOrg host = null;
        if (form.getHostOrgId() != null) {
            host = orgs.byIds(List.of(form.getHostOrgId())).stream().findFirst().filter(FloatingService::keepsMembers)
                    .orElse(null);
            if (host == null) {
                violations.add(new Violation("hostOrgId", "floating.hostOrg.invalid"));
            } else if (host.getId().equals(f.getMember().getOrg().getId())) {
                violations.add(new Violation("hostOrgId", "floating.hostOrg.own"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        f.describe(form.getDestination().trim(), host, form.getReason(), form.getSince(), blankToNull(form.getPhone()),
                blankToNull(form.getOtherContact()), form.getExpectedReturnOn());
        f.certify(cert, form.getCertIssuedOn(), form.getCertStatus(), form.getLastReviewOn());
        FloatingOutflow saved = outflows.saveAndFlush(f);
        audit.record(action, "floating_outflow", saved.getId(),
                before == null ? summary(saved) : before + " -> " + summary(saved));
        return new Saved(saved, policy.shortAbsence(saved.getSince(), saved.getExpectedReturnOn(), today));
    }

    @Transactional
    FloatingContact addContact(long id, ContactForm form, Scope scope) {
        FloatingOutflow f = requireOutflow(id, scope);
        if (!f.isOpen()) {
            throw new BusinessRuleException("floating.outflow.ended");
        }
        List<Violation> violations = new ArrayList<>();
        if (form.getContactOn().isAfter(today())) {
            violations.add(new Violation("contactOn", "floating.contactOn.future"));
        } else if (form.getContactOn().isBefore(f.getSince())) {
            violations.add(new Violation("contactOn", "floating.contactOn.beforeSince"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        FloatingContact saved = contacts.saveAndFlush(FloatingContact.of(f.getId(), form.getContactOn(), form.getWay(),
                blankToNull(form.getNote()), AuditService.currentUser()));
        audit.record("CONTACT", "floating_outflow", f.getId(),
                "on=" + saved.getContactOn() + ", way=" + saved.getWay());
        return saved;
    }

    @Transactional
    FloatingOutflow returnHome(long id, EndForm form, Scope scope) {
        FloatingOutflow f = requireOutflow(id, scope);
        checkVersion(form.getVersion(), f.getVersion());
        if (!f.isOpen()) {
            throw new BusinessRuleException("floating.outflow.ended");
        }
        checkEnd(form.getEndOn(), f.getSince());
        f.returnHome(form.getEndOn(), AuditService.currentUser());
        FloatingOutflow saved = outflows.saveAndFlush(f);
        audit.record("RETURN", "floating_outflow", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    FloatingOutflow decide(long id, DecisionForm form, Scope scope) {
        FloatingOutflow f = requireOutflow(id, scope);
        checkVersion(form.getVersion(), f.getVersion());
        if (form.getDecisionOn().isAfter(today())) {
            throw BusinessRuleException.onField("decisionOn", "floating.decisionOn.future");
        }
        if (form.getDecisionOn().isBefore(f.getSince())) {
            throw BusinessRuleException.onField("decisionOn", "floating.decisionOn.beforeSince");
        }
        f.decide(form.getDecisionOn(), form.getDecisionText().trim(), AuditService.currentUser());
        FloatingOutflow saved = outflows.saveAndFlush(f);
        audit.record("DECIDE", "floating_outflow", saved.getId(), "decisionOn=" + saved.getDecisionOn());
        return saved;
    }

    // ---------------------------------------------------------------- inflows

    @Transactional
    FloatingInflow createInflow(InflowForm form, Scope scope) {
        return saveInflow(FloatingInflow.of(AuditService.currentUser()), form, scope, "CREATE", null);
    }

    @Transactional
    FloatingInflow updateInflow(long id, InflowForm form, Scope scope) {
        FloatingInflow i = requireInflow(id, scope);
        if (form.getVersion() == null || form.getVersion() != i.getVersion()) {
            throw new StaleEditException(InflowForm.of(i), i.getVersion());
        }
        if (!i.isOpen()) {
            throw new BusinessRuleException("floating.inflow.ended");
        }
        return saveInflow(i, form, scope, "UPDATE", inflowSummary(i));
    }

    private FloatingInflow saveInflow(FloatingInflow i, InflowForm form, Scope scope, String action, String before) {
        List<Violation> violations = new ArrayList<>();
        if (form.getSince().isAfter(today())) {
            violations.add(new Violation("since", "floating.since.future"));
        }
        PartyOrg host = null;
        try {
            host = orgs.require(form.getHostOrgId(), scope);
            if (!keepsMembers(host)) {
                violations.add(new Violation("hostOrgId", "floating.hostOrg.invalid"));
            }
        } catch (NotFoundException e) {
            violations.add(new Violation("hostOrgId", "floating.hostOrg.outOfScope"));
        }
        Long linked = i.getMemberId();
        String idText = blankToNull(form.getIdNumber());
        if (idText != null) {
            IdNumber idNumber = IdNumber.parse(idText.toUpperCase()).orElse(null);
            if (idNumber == null) {
                violations.add(new Violation("idNumber", "floating.idNumber.invalid"));
            } else {
                MemberService.IdentifiedMember found = members.findCurrentByIdNumber(idNumber).orElse(null);
                if (found == null) {
                    violations.add(new Violation("idNumber", "floating.idNumber.notFound"));
                } else if (!java.util.Objects.equals(found.id(), i.getMemberId())
                        && inflows.existsByMemberIdAndEndedOnIsNull(found.id())) {
                    violations.add(new Violation("idNumber", "floating.idNumber.openExists"));
                } else {
                    linked = found.id();
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        i.describe(form.getName().trim(), blankToNull(form.getPhone()), form.getHomeOrgName().trim(),
                blankToNull(form.getHomePlace()), form.getSince(), host, blankToNull(form.getCertNumber()),
                blankToNull(form.getNote()));
        i.link(linked);
        FloatingInflow saved = inflows.saveAndFlush(i);
        audit.record(action, "floating_inflow", saved.getId(),
                before == null ? inflowSummary(saved) : before + " -> " + inflowSummary(saved));
        return saved;
    }

    @Transactional
    FloatingInflow endInflow(long id, EndForm form, Scope scope) {
        FloatingInflow i = requireInflow(id, scope);
        checkVersion(form.getVersion(), i.getVersion());
        if (!i.isOpen()) {
            throw new BusinessRuleException("floating.inflow.ended");
        }
        checkEnd(form.getEndOn(), i.getSince());
        i.end(form.getEndOn(), AuditService.currentUser());
        FloatingInflow saved = inflows.saveAndFlush(i);
        audit.record("END", "floating_inflow", saved.getId(), inflowSummary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- helpers

    private void checkEnd(LocalDate on, LocalDate since) {
        if (on.isAfter(today())) {
            throw BusinessRuleException.onField("endOn", "floating.endOn.future");
        }
        if (on.isBefore(since)) {
            throw BusinessRuleException.onField("endOn", "floating.endOn.beforeSince");
        }
    }

    private static void checkVersion(Long version, long current) {
        if (version == null || version != current) {
            throw new BusinessRuleException("floating.stale");
        }
    }

    /** For the audit log: ids, dates and the certificate; no phone or other contact. */
    private static String summary(FloatingOutflow f) {
        return "member=" + f.getMember().getId() + ", reason=" + f.getReason() + ", since=" + f.getSince()
                + ", expected=" + f.getExpectedReturnOn() + ", host=" + (f.getHostOrg() == null ? "-"
                : f.getHostOrg().getId()) + ", cert=" + f.getCertStatus() + ", returned=" + f.getReturnedOn();
    }

    private static String inflowSummary(FloatingInflow i) {
        return "host=" + i.getHostOrg().getId() + ", since=" + i.getSince() + ", member="
                + (i.getMemberId() == null ? "-" : i.getMemberId()) + ", ended=" + i.getEndedOn();
    }
}
