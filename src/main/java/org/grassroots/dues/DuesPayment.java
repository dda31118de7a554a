package org.grassroots.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.grassroots.shared.BaseEntity;

/**
 * Dues paid for consecutive months, with a voluntary extra kept apart. Never deleted: a mistaken
 * payment is voided with a reason, which frees its months, and a correction names what it replaces.
 */
@Entity
@Table(name = "dues_payment")
public class DuesPayment extends BaseEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Convert(converter = MonthConverter.class)
    @Column(name = "from_month", nullable = false, updatable = false)
    private YearMonth fromMonth;

    @Convert(converter = MonthConverter.class)
    @Column(name = "to_month", nullable = false, updatable = false)
    private YearMonth toMonth;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "extra_amount", nullable = false, updatable = false)
    private BigDecimal extraAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PaymentMethod method;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Column(updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    private Instant voidedAt;
    private String voidedBy;
    private String voidReason;

    protected DuesPayment() {
    }

    static DuesPayment record(long memberId, YearMonth from, YearMonth to, BigDecimal amount, BigDecimal extra,
            PaymentMethod method, LocalDate paidOn, String note, Long replacesId, String by, Instant at) {
        DuesPayment p = new DuesPayment();
        p.memberId = memberId;
        p.fromMonth = from;
        p.toMonth = to;
        p.amount = amount;
        p.extraAmount = extra == null ? BigDecimal.ZERO : extra;
        p.method = method;
        p.paidOn = paidOn;
        p.note = note;
        p.replacesId = replacesId;
        p.recordedBy = by;
        p.recordedAt = at;
        return p;
    }

    void voidFor(String reason, String by, Instant at) {
        this.voidReason = reason;
        this.voidedBy = by;
        this.voidedAt = at;
    }

    public boolean isVoided() {
        return voidedAt != null;
    }

    /** A voluntary extra of 1,000 yuan or more goes to the Centre (Dues Regs Art. 11). */
    public boolean isToCentre() {
        return DuesPolicy.goesToCentre(extraAmount);
    }

    /** Reaches further back than the six months the rule allows; recorded with a reason. */
    public boolean isLateBackPayment() {
        return MemberAccount.lateBackPayment(fromMonth, paidOn);
    }

    public int getMonths() {
        return (int) (toMonth.getYear() * 12L + toMonth.getMonthValue() - fromMonth.getYear() * 12L
                - fromMonth.getMonthValue()) + 1;
    }

    public Long getMemberId() {
        return memberId;
    }

    public YearMonth getFromMonth() {
        return fromMonth;
    }

    public YearMonth getToMonth() {
        return toMonth;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getExtraAmount() {
        return extraAmount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
