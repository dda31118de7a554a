package org.grassroots.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import org.grassroots.shared.BaseEntity;

/**
 * A hardship reduction (困难党员少交或免交): the branch asks with a reason, the level above approves or
 * rejects once. Only an approved reduction changes what its months owe; 0 means exempt.
 */
@Entity
@Table(name = "dues_reduction")
public class DuesReduction extends BaseEntity {

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Convert(converter = MonthConverter.class)
    @Column(name = "from_month", nullable = false, updatable = false)
    private YearMonth fromMonth;

    @Convert(converter = MonthConverter.class)
    @Column(name = "to_month", nullable = false, updatable = false)
    private YearMonth toMonth;

    @Column(name = "monthly_amount", nullable = false, updatable = false)
    private BigDecimal monthlyAmount;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReductionStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    protected DuesReduction() {
    }

    static DuesReduction request(long memberId, YearMonth from, YearMonth to, BigDecimal monthly, String reason,
            String by, Instant at) {
        DuesReduction r = new DuesReduction();
        r.memberId = memberId;
        r.fromMonth = from;
        r.toMonth = to;
        r.monthlyAmount = monthly;
        r.reason = reason;
        r.status = ReductionStatus.PENDING;
        r.requestedBy = by;
        r.requestedAt = at;
        return r;
    }

    void decide(ReductionStatus decision, String note, String by, Instant at) {
        this.status = decision;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    DuesPolicy.Reduction rule() {
        return new DuesPolicy.Reduction(fromMonth, toMonth, monthlyAmount);
    }

    public boolean isExempt() {
        return monthlyAmount.signum() == 0;
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

    public BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public String getReason() {
        return reason;
    }

    public ReductionStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
