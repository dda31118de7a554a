package org.grassroots.dues;

import static org.grassroots.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.audit.AuditService;
import org.grassroots.member.MemberService;
import org.grassroots.member.PartyMember;
import org.grassroots.org.OrgService;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records dues: bases, payments (and their voiding), hardship reductions and their decisions. A
 * member's dues are in scope when the member is: anything else answers the same 404 as a missing id.
 * Every change is audited in its own transaction; audit rows never carry a member's income base.
 */
@Service
@Transactional(readOnly = true)
public class DuesService {

    private final DuesBaseRepository bases;
    private final DuesPaymentRepository payments;
    private final DuesReductionRepository reductions;
    private final PaymentMonths months;
    private final DuesAccounts accounts;
    private final MemberService members;
    private final OrgService orgs;
    private final AuditService audit;
    private final Clock clock;

    DuesService(DuesBaseRepository bases, DuesPaymentRepository payments, DuesReductionRepository reductions,
            PaymentMonths months, DuesAccounts accounts, MemberService members, OrgService orgs, AuditService audit,
            Clock clock) {
        this.bases = bases;
        this.payments = payments;
        this.reductions = reductions;
        this.months = months;
        this.accounts = accounts;
        this.members = members;
        this.orgs = orgs;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    public PartyMember requireMember(long memberId, Scope scope) {
        return members.require(memberId, scope);
    }

    public DuesPayment requirePayment(long id, Scope scope) {
        DuesPayment p = payments.findById(id).orElseThrow(() -> new NotFoundException("dues_payment", id));
        members.require(p.getMemberId(), scope);
        return p;
    }

    public DuesReduction requireReduction(long id, Scope scope) {
        DuesReduction r = reductions.findById(id).orElseThrow(() -> new NotFoundException("dues_reduction", id));
        members.require(r.getMemberId(), scope);
        return r;
    }

    /** A member's payments, newest first, voided ones included (for a timeline of the member's record). */
    public List<DuesPayment> paymentsOf(PartyMember member) {
        return payments.findByMemberIdOrderByPaidOnDescIdDesc(member.getId());
    }

    /** What a new payment form offers: the first open month, and what it owes. */
    public PaymentForm blankPayment(long memberId, Scope scope) {
        MemberAccount account = accounts.of(requireMember(memberId, scope));
        PaymentForm form = new PaymentForm();
        form.setPaidOn(accounts.today());
        form.setMethod(PaymentMethod.CASH);
        account.firstOpen().ifPresent(m -> {
            form.setFromMonth(m);
            form.setToMonth(m);
            form.setAmount(account.owed(m).orElse(null));
        });
        return form;
    }

    /** A correction starts from the voided payment it replaces. */
    public PaymentForm correctionOf(long paymentId, Scope scope) {
        DuesPayment old = requirePayment(paymentId, scope);
        PaymentForm form = new PaymentForm();
        form.setFromMonth(old.getFromMonth());
        form.setToMonth(old.getToMonth());
        form.setAmount(old.getAmount());
        form.setExtraAmount(old.getExtraAmount().signum() == 0 ? null : old.getExtraAmount());
        form.setMethod(old.getMethod());
        form.setPaidOn(old.getPaidOn());
        form.setNote(old.getNote());
        form.setReplacesId(old.getId());
        return form;
    }

    public PartyOrg requireOrg(long orgId, Scope scope) {
        return orgs.require(orgId, scope);
    }

    /** A ledger leaving the system as a spreadsheet is audited: what, of which organization, how many rows. */
    @Transactional
    public void recordExport(PartyOrg org, String what, int rows) {
        audit.record("EXPORT", "dues", org.getId(), what + ", rows=" + rows);
    }

    // ---------------------------------------------------------------- bases

    @Transactional
    public DuesBase recordBase(long memberId, BaseForm form, Scope scope) {
        PartyMember member = requireMember(memberId, scope);
        MemberAccount account = accounts.of(member);
        String note = blankToNull(form.getNote());
        List<Violation> violations = account.checkBase(form.getEffectiveMonth(), form.getCategory(),
                form.getMonthlyBase(), form.getKind(), note, accounts.today());
        if (!violations.isEmpty()) {
            throw new DuesInputException(violations);
        }
        DuesBase saved = bases.saveAndFlush(DuesBase.record(member.getId(), form.getEffectiveMonth(),
                form.getCategory(), form.getMonthlyBase(), form.getKind(), note, AuditService.currentUser(),
                clock.instant()));
        audit.record("CREATE", "dues_base", saved.getId(), "member=" + member.getId() + ", effective="
                + saved.getEffectiveMonth() + ", category=" + saved.getCategory() + ", kind=" + saved.getKind());
        return saved;
    }

    // ---------------------------------------------------------------- payments

    @Transactional
    public DuesPayment recordPayment(long memberId, PaymentForm form, Scope scope) {
        PartyMember member = requireMember(memberId, scope);
        MemberAccount account = accounts.of(member);
        String note = blankToNull(form.getNote());
        List<Violation> violations = new ArrayList<>(account.checkPayment(form.getFromMonth(), form.getToMonth(),
                form.getAmount(), form.getPaidOn(), note, accounts.today()));
        if (form.getReplacesId() != null) {
            DuesPayment old = payments.findById(form.getReplacesId()).orElse(null);
            if (old == null || !old.getMemberId().equals(member.getId()) || !old.isVoided()
                    || payments.existsByReplacesIdAndVoidedAtIsNull(old.getId())) {
                violations.add(new Violation(null, "dues.payment.replaces.invalid"));
            }
        }
        if (!violations.isEmpty()) {
            throw new DuesInputException(violations);
        }
        BigDecimal extra = form.getExtraAmount() == null ? BigDecimal.ZERO : form.getExtraAmount();
        DuesPayment saved = payments.saveAndFlush(DuesPayment.record(member.getId(), form.getFromMonth(),
                form.getToMonth(), form.getAmount(), extra, form.getMethod(), form.getPaidOn(), note,
                form.getReplacesId(), AuditService.currentUser(), clock.instant()));
        Map<YearMonth, BigDecimal> covered = new LinkedHashMap<>();
        for (YearMonth m = form.getFromMonth(); !m.isAfter(form.getToMonth()); m = m.plusMonths(1)) {
            covered.put(m, account.owed(m).orElseThrow());
        }
        try {
            months.insert(saved.getId(), member.getId(), covered);
        } catch (DataIntegrityViolationException e) {
            // another payment for one of these months was saved at the same moment
            throw new DuesInputException(new Violation("fromMonth", "dues.payment.month.paidMeanwhile"));
        }
        audit.record("CREATE", "dues_payment", saved.getId(), "member=" + member.getId() + ", months="
                + saved.getFromMonth() + ".." + saved.getToMonth() + ", amount=" + saved.getAmount() + ", extra="
                + saved.getExtraAmount() + ", method=" + saved.getMethod() + ", paidOn=" + saved.getPaidOn()
                + (saved.getReplacesId() == null ? "" : ", replaces=" + saved.getReplacesId()));
        return saved;
    }

    /** Voids a mistaken payment with a reason; its months are open again. The row stays. */
    @Transactional
    public DuesPayment voidPayment(long paymentId, VoidForm form, Scope scope) {
        DuesPayment payment = requirePayment(paymentId, scope);
        if (form.getVersion() == null || form.getVersion() != payment.getVersion()) {
            throw new StaleEditException(payment, payment.getVersion());
        }
        if (payment.isVoided()) {
            throw new DuesInputException(new Violation(null, "dues.void.already"));
        }
        payment.voidFor(form.getReason().trim(), AuditService.currentUser(), clock.instant());
        DuesPayment saved = payments.saveAndFlush(payment);
        months.voidMonthsOf(saved.getId());
        audit.record("VOID", "dues_payment", saved.getId(), "member=" + saved.getMemberId() + ", months="
                + saved.getFromMonth() + ".." + saved.getToMonth() + ", reason=" + saved.getVoidReason());
        return saved;
    }

    // ---------------------------------------------------------------- reductions

    @Transactional
    public DuesReduction requestReduction(long memberId, ReductionForm form, Scope scope) {
        PartyMember member = requireMember(memberId, scope);
        MemberAccount account = accounts.of(member);
        List<Violation> violations = account.checkReduction(form.getFromMonth(), form.getToMonth(),
                form.getMonthlyAmount(), reductions.findByMemberIdOrderByFromMonthDescIdDesc(member.getId()),
                accounts.today());
        if (!violations.isEmpty()) {
            throw new DuesInputException(violations);
        }
        DuesReduction saved = reductions.saveAndFlush(DuesReduction.request(member.getId(), form.getFromMonth(),
                form.getToMonth(), form.getMonthlyAmount(), form.getReason().trim(), AuditService.currentUser(),
                clock.instant()));
        audit.record("REQUEST", "dues_reduction", saved.getId(), "member=" + member.getId() + ", months="
                + saved.getFromMonth() + ".." + saved.getToMonth() + ", monthly=" + saved.getMonthlyAmount());
        return saved;
    }

    /**
     * The level above decides a pending request once. Whoever asked cannot decide; a rejection needs a
     * reason; an approval cannot reach months paid since the request.
     */
    @Transactional
    public DuesReduction decide(long id, ReductionStatus decision, String note, Long version, Scope scope) {
        DuesReduction r = requireReduction(id, scope);
        if (r.getStatus() != ReductionStatus.PENDING) {
            throw new BusinessRuleException("dues.reduction.decided");
        }
        if (version == null || version != r.getVersion()) {
            throw new BusinessRuleException("dues.reduction.stale");
        }
        if (r.getRequestedBy().equals(AuditService.currentUser())) {
            throw new BusinessRuleException("dues.reduction.ownRequest");
        }
        String text = blankToNull(note);
        if (text != null && text.length() > 500) {
            throw new BusinessRuleException("dues.note.size");
        }
        if (decision == ReductionStatus.REJECTED && text == null) {
            throw new BusinessRuleException("dues.reduction.rejectReason");
        }
        if (decision == ReductionStatus.APPROVED) {
            MemberAccount account = accounts.of(requireMember(r.getMemberId(), scope));
            if (account.paidWithin(r.getFromMonth(), r.getToMonth()).isPresent()) {
                throw new BusinessRuleException("dues.reduction.approve.paid");
            }
        }
        r.decide(decision, text, AuditService.currentUser(), clock.instant());
        DuesReduction saved = reductions.saveAndFlush(r);
        audit.record(decision == ReductionStatus.APPROVED ? "APPROVE" : "REJECT", "dues_reduction", saved.getId(),
                "member=" + saved.getMemberId() + ", months=" + saved.getFromMonth() + ".." + saved.getToMonth());
        return saved;
    }

}
