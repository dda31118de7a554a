package org.grassroots.transfer;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers of organizational relationship: the sender drafts and sends, the receiving side
 * receives or gives back, and only the receipt moves the member (domain-rules.md §5). A transfer is
 * seen from either side: the sending organization or the receiving one in the user's scope.
 */
@Service
@Transactional(readOnly = true)
class TransferService {

    private final MemberTransferRepository transfers;
    private final MemberService members;
    private final OrgService orgs;
    private final AuditService audit;
    private final TransferRules rules;
    private final Clock clock;

    TransferService(MemberTransferRepository transfers, MemberService members, OrgService orgs, AuditService audit,
            TransferRules rules, Clock clock) {
        this.transfers = transfers;
        this.members = members;
        this.orgs = orgs;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    TransferRules rules() {
        return rules;
    }

    /** The transfer when either side is in the scope; otherwise the same 404 as a missing id. */
    MemberTransfer require(long id, Scope scope) {
        return transfers.findById(id).filter(t -> senderSide(t, scope) || receiverSide(t, scope))
                .orElseThrow(() -> new NotFoundException("member_transfer", id));
    }

    static boolean senderSide(MemberTransfer t, Scope scope) {
        return covers(t.getFromOrg(), scope);
    }

    static boolean receiverSide(MemberTransfer t, Scope scope) {
        return covers(t.getToOrg(), scope);
    }

    private static boolean covers(PartyOrg org, Scope scope) {
        return org != null && scope.coversOrg(org.getPath(), org.getRegionPath());
    }

    /** Who records the receipt or gives the transfer back: the receiving side; for a transfer out, the sender. */
    static boolean mayReceive(MemberTransfer t, Scope scope) {
        return t.getKind() == TransferKind.OUT ? senderSide(t, scope) : receiverSide(t, scope);
    }

    /** Who may cancel: the sender; for an arrival from outside, the receiving side that recorded it. */
    static boolean mayCancel(MemberTransfer t, Scope scope) {
        return t.getKind() == TransferKind.IN ? receiverSide(t, scope) : senderSide(t, scope);
    }

    // ---------------------------------------------------------------- drafting

    @Transactional
    MemberTransfer draft(long memberId, TransferForm form, Scope scope) {
        PartyMember member = members.require(memberId, scope);
        if (form.getKind() == null) {
            throw BusinessRuleException.onField("kind", "transfer.form.kind.required");
        }
        if (form.getKind() == TransferKind.IN) {
            throw BusinessRuleException.onField("kind", "transfer.kind.inElsewhere");
        }
        List<Violation> violations = new ArrayList<>();
        PartyOrg target = null;
        if (form.getKind() == TransferKind.WITHIN) {
            target = receivingOrg(form.getToOrgId(), member.getOrg(), violations);
        } else {
            requireText(form.getOtherSide(), "otherSide", "transfer.otherSide.required", violations);
            requireText(form.getLetterNumber(), "letterNumber", "transfer.letterNumber.required", violations);
        }
        checkLetter(form, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        checkMember(member);
        MemberTransfer t = MemberTransfer.draft(member, form.getKind(), member.getOrg(), target,
                form.getKind() == TransferKind.OUT ? form.getOtherSide().trim() : null, blankToNull(form.getLetterNumber()),
                blankToNull(form.getDuesPaidUntil()), form.getIssuedOn(), validUntil(form), AuditService.currentUser());
        MemberTransfer saved = transfers.saveAndFlush(t);
        audit.record("CREATE", "member_transfer", saved.getId(), summary(saved));
        return saved;
    }

    /**
     * A person arriving from outside the system, recorded against their member record (registered
     * with the member form) in the scope: the letter has been sent by the other side, so the transfer
     * starts as sent and the receiving side receives it.
     */
    @Transactional
    MemberTransfer recordArrival(TransferForm form, Scope scope) {
        List<Violation> violations = new ArrayList<>();
        PartyMember member = null;
        if (form.getIdNumber() == null || form.getIdNumber().isBlank()) {
            violations.add(new Violation("idNumber", "transfer.idNumber.required"));
        } else {
            IdNumber idNumber = IdNumber.parse(form.getIdNumber().trim()).orElse(null);
            if (idNumber == null) {
                violations.add(new Violation("idNumber", "transfer.idNumber.invalid"));
            } else {
                member = members.findCurrentByIdNumber(idNumber).flatMap(found -> {
                    try {
                        return java.util.Optional.of(members.require(found.id(), scope));
                    } catch (NotFoundException e) {
                        return java.util.Optional.empty();
                    }
                }).orElse(null);
                if (member == null) {
                    violations.add(new Violation("idNumber", "transfer.idNumber.notFound"));
                }
            }
        }
        PartyOrg target = null;
        if (form.getToOrgId() == null) {
            violations.add(new Violation("toOrgId", "transfer.toOrg.required"));
        } else {
            try {
                target = orgs.require(form.getToOrgId(), scope);
                if (!receives(target)) {
                    violations.add(new Violation("toOrgId", "transfer.toOrg.closed"));
                    target = null;
                }
            } catch (NotFoundException e) {
                violations.add(new Violation("toOrgId", "transfer.toOrg.outOfScope"));
            }
        }
        requireText(form.getOtherSide(), "otherSide", "transfer.otherSide.origin.required", violations);
        requireText(form.getLetterNumber(), "letterNumber", "transfer.letterNumber.required", violations);
        checkLetter(form, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        checkMember(member);
        MemberTransfer t = MemberTransfer.draft(member, TransferKind.IN, null, target, form.getOtherSide().trim(),
                form.getLetterNumber().trim(), blankToNull(form.getDuesPaidUntil()), form.getIssuedOn(),
                validUntil(form), AuditService.currentUser());
        t.send(form.getIssuedOn(), null);
        MemberTransfer saved = transfers.saveAndFlush(t);
        audit.record("CREATE", "member_transfer", saved.getId(), summary(saved));
        return saved;
    }

    private PartyOrg receivingOrg(Long toOrgId, PartyOrg current, List<Violation> violations) {
        if (toOrgId == null) {
            violations.add(new Violation("toOrgId", "transfer.toOrg.required"));
            return null;
        }
        PartyOrg target = orgs.byIds(List.of(toOrgId)).stream().findFirst().orElse(null);
        if (target == null || !receives(target)) {
            violations.add(new Violation("toOrgId", "transfer.toOrg.closed"));
            return null;
        }
        if (Objects.equals(target.getId(), current.getId())) {
            violations.add(new Violation("toOrgId", "transfer.toOrg.same"));
            return null;
        }
        return target;
    }

    /** Where a person arriving from outside may be received: the open organizations of the scope. */
    List<TransferViews.Choice> receivingOrgsInScope(Scope scope) {
        return orgs.openInScope(scope).stream().filter(TransferService::receives)
                .map(o -> new TransferViews.Choice(o.getId(), o.getName())).toList();
    }

    /** An organization that keeps members: open and not a Party group. */
    static boolean receives(PartyOrg org) {
        return !org.isClosed() && org.getType() != OrgType.PARTY_GROUP;
    }

    private void checkLetter(TransferForm form, List<Violation> violations) {
        LocalDate today = today();
        if (form.getIssuedOn() != null && form.getIssuedOn().isAfter(today)) {
            violations.add(new Violation("issuedOn", "transfer.issuedOn.future"));
        }
        if (form.getIssuedOn() != null && form.getValidUntil() != null
                && form.getValidUntil().isBefore(form.getIssuedOn())) {
            violations.add(new Violation("validUntil", "transfer.validUntil.beforeIssued"));
        }
        String dues = blankToNull(form.getDuesPaidUntil());
        if (dues != null && YearMonth.parse(dues).isAfter(YearMonth.from(today).plusYears(1))) {
            violations.add(new Violation("duesPaidUntil", "transfer.duesPaidUntil.future"));
        }
    }

    private void checkMember(PartyMember member) {
        if (!member.getStatus().isCurrent()) {
            throw BusinessRuleException.onField("kind", "transfer.member.notCurrent");
        }
        if (transfers.existsByMemberIdAndStateIn(member.getId(), TransferState.OPEN)) {
            throw BusinessRuleException.onField("kind", "transfer.open.exists");
        }
    }

    private LocalDate validUntil(TransferForm form) {
        return form.getValidUntil() != null ? form.getValidUntil() : form.getIssuedOn().plusDays(rules.validityDays());
    }

    private static void requireText(String value, String field, String key, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, key));
        }
    }

    // ---------------------------------------------------------------- the steps

    @Transactional
    MemberTransfer send(long id, Long version, Scope scope) {
        MemberTransfer t = require(id, scope);
        checkVersion(t, version);
        if (!senderSide(t, scope)) {
            throw new BusinessRuleException("transfer.send.notSender");
        }
        if (t.getState() != TransferState.DRAFT) {
            throw new BusinessRuleException("transfer.send.notDraft");
        }
        if (today().isAfter(t.getValidUntil())) {
            throw new BusinessRuleException("transfer.send.expired");
        }
        t.send(today(), AuditService.currentUser());
        MemberTransfer saved = transfers.saveAndFlush(t);
        audit.record("SEND", "member_transfer", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    MemberTransfer receive(long id, ReceiveForm form, Scope scope) {
        MemberTransfer t = require(id, scope);
        checkVersion(t, form.getVersion());
        if (!mayReceive(t, scope)) {
            throw new BusinessRuleException("transfer.receive.notReceiver");
        }
        if (t.getKind() == TransferKind.WITHIN && t.getSentBy() != null
                && t.getSentBy().equals(AuditService.currentUser())) {
            throw new BusinessRuleException("transfer.receive.sender");
        }
        if (t.getState() != TransferState.SENT) {
            throw new BusinessRuleException("transfer.receive.notSent");
        }
        LocalDate on = form.getReceivedOn();
        if (on.isAfter(today())) {
            throw BusinessRuleException.onField("receivedOn", "transfer.receivedOn.future");
        }
        if (t.getSentOn() != null && on.isBefore(t.getSentOn())) {
            throw BusinessRuleException.onField("receivedOn", "transfer.receivedOn.beforeSent");
        }
        if (t.effectiveState(today()) == TransferState.EXPIRED || on.isAfter(t.getValidUntil())) {
            throw new BusinessRuleException("transfer.receive.expired");
        }
        if (!t.getMember().getStatus().isCurrent()) {
            throw new BusinessRuleException("transfer.member.notCurrent");
        }
        if (t.getKind() != TransferKind.OUT && !receives(t.getToOrg())) {
            throw new BusinessRuleException("transfer.toOrg.closed");
        }
        t.receive(on, AuditService.currentUser());
        members.receiveTransfer(t.getMember(), t.getKind() == TransferKind.OUT ? null : t.getToOrg(), on,
                note(t));
        MemberTransfer saved = transfers.saveAndFlush(t);
        audit.record("RECEIVE", "member_transfer", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    MemberTransfer giveBack(long id, ReturnForm form, Scope scope) {
        MemberTransfer t = require(id, scope);
        checkVersion(t, form.getVersion());
        if (!mayReceive(t, scope)) {
            throw new BusinessRuleException("transfer.return.notReceiver");
        }
        if (t.getState() != TransferState.SENT) {
            throw new BusinessRuleException("transfer.return.notSent");
        }
        t.giveBack(form.getReason().trim(), today(), AuditService.currentUser());
        MemberTransfer saved = transfers.saveAndFlush(t);
        audit.record("RETURN", "member_transfer", saved.getId(), summary(saved));
        return saved;
    }

    @Transactional
    MemberTransfer cancel(long id, Long version, Scope scope) {
        MemberTransfer t = require(id, scope);
        checkVersion(t, version);
        if (!mayCancel(t, scope)) {
            throw new BusinessRuleException("transfer.cancel.notSender");
        }
        TransferState state = t.effectiveState(today());
        if (state != TransferState.DRAFT && state != TransferState.RETURNED && state != TransferState.EXPIRED
                && !(t.getKind() == TransferKind.IN && state == TransferState.SENT)) {
            throw new BusinessRuleException("transfer.cancel.notOpen");
        }
        t.cancel(today(), AuditService.currentUser());
        MemberTransfer saved = transfers.saveAndFlush(t);
        audit.record("CANCEL", "member_transfer", saved.getId(), summary(saved));
        return saved;
    }

    private static void checkVersion(MemberTransfer t, Long version) {
        if (version != null && version != t.getVersion()) {
            throw new BusinessRuleException("transfer.stale");
        }
    }

    private static String note(MemberTransfer t) {
        return "transfer " + t.getId() + " " + t.getKind() + (t.getLetterNumber() == null ? ""
                : " " + t.getLetterNumber());
    }

    /** For the audit log: ids, kind, state and letter, with no personal data. */
    private static String summary(MemberTransfer t) {
        return "member=" + t.getMember().getId() + ", kind=" + t.getKind() + ", state=" + t.getState()
                + ", from=" + (t.getFromOrg() == null ? "-" : t.getFromOrg().getId())
                + ", to=" + (t.getToOrg() == null ? "-" : t.getToOrg().getId())
                + ", letter=" + (t.getLetterNumber() == null ? "-" : t.getLetterNumber());
    }
}
